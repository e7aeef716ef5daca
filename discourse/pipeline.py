"""The pipeline: for each article build one :class:`~discourse.segment.Doc`, run every analyser on it.

Per article, in one pass over one Doc: sentences (Punkt), quotes and speakers (:mod:`discourse.quotes`),
hedge and booster cues (:mod:`discourse.hedges`, with the quote rows so cues carry their ``quote_id``) and
VADER scores for sentences, quotes and the whole article (:mod:`discourse.sentiment`, each distinct text
scored once). Sentences and quotes then get ``n_hedges``, ``n_boosters`` and ``neg, neu, pos, compound``;
articles get totals and the length-weighted tone. A failure in one stage of one article is recorded in
``Analysis.errors`` and the other stages and articles go on.

Scale: ``n_jobs`` spreads chunks of articles over processes (joblib) with results in input order;
:func:`analyze_files` streams a corpus from disk in batches to Parquet part files and can resume; a Dask
DataFrame in gives Dask DataFrames out, so the same code runs on a dask.distributed cluster.

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
from .schema import segment_spans
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


def quotes_by_article(quotes: Any, argname: str = "quotes") -> dict[Any, list[dict]]:
    """A quotes table (``article_id, start, end`` and optional ``quote_id``) as row dicts per article,
    for the single-table functions that take the quotes of an earlier run (``hedges``, ``sentiment``)."""
    if not isinstance(quotes, pd.DataFrame) or not {"article_id", "start", "end"} <= set(quotes.columns):
        raise ValueError(f"{argname}: expected a DataFrame with article_id, start, end (and quote_id) columns")
    q = quotes if "quote_id" in quotes.columns else quotes.assign(quote_id=range(len(quotes)))
    out: dict[Any, list[dict]] = {}
    for rec in q[["article_id", "start", "end", "quote_id"]].to_dict("records"):
        out.setdefault(rec["article_id"], []).append(rec)
    return out


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
@dataclass(frozen=True)
class Options:
    """What every worker needs to analyse an article (picklable, sent once per chunk)."""

    speakers: pd.DataFrame | None = None
    lexicon: pd.DataFrame | None = None
    errors: str = "collect"


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


_SCORE_KEYS = ("neg", "neu", "pos", "compound")
_NO_SCORE = dict.fromkeys(_SCORE_KEYS, float("nan"))


def analyze_doc(doc: Doc, opts: Options = Options()) -> dict[str, Any]:
    """Every table's rows for one Doc: ``sentences`` (columns as lists), ``quotes`` and ``hedges`` (row
    dicts), ``article`` (totals and tone) and ``errors``. The order of stages is the data flow of DESIGN.md."""
    # by module name: the package re-exports functions called quotes/hedges/sentiment over the modules
    quotes_mod, hedges_mod, sentiment_mod = (_module(m) for m in ("quotes", "hedges", "sentiment"))

    errors: list[dict] = []

    def stage(name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # one stage of one article failed: record it, keep going
            if opts.errors == "raise":
                raise
            errors.append({"article_id": doc.article_id, "stage": name, "message": _describe(exc)})
            return None

    sents = _sentence_rows(doc)
    quotes = stage("quotes", quotes_mod.extract, doc, speakers=opts.speakers) or []
    cues = stage("hedges", hedges_mod.find, doc, quotes=quotes, lexicon=opts.lexicon) or []
    scores = stage("sentiment", sentiment_mod.score, doc, quotes=quotes) or {}

    n_sent = len(doc.sentences)
    s_hedge, s_boost = [0] * n_sent, [0] * n_sent
    q_index = {q["quote_id"]: i for i, q in enumerate(quotes)}
    q_hedge, q_boost = [0] * len(quotes), [0] * len(quotes)
    n_boosters = 0
    for c in cues:
        booster = c["category"] == "booster"
        n_boosters += booster
        if _in_sentence(c, n_sent):
            (s_boost if booster else s_hedge)[int(c["sentence_id"])] += 1
        qi = q_index.get(c.get("quote_id")) if c.get("quote_id") == c.get("quote_id") else None
        if qi is not None:
            (q_boost if booster else q_hedge)[qi] += 1
    sents["n_hedges"], sents["n_boosters"] = s_hedge, s_boost
    sent_scores = scores.get("sentences") or [_NO_SCORE] * n_sent
    for k in _SCORE_KEYS:
        sents[k] = [sc[k] for sc in sent_scores]
    quote_scores = scores.get("quotes") or [_NO_SCORE] * len(quotes)
    text = doc.text
    for i, q in enumerate(quotes):
        q["n_words"] = sum(count_words(text[a:b]) for a, b in segment_spans(q))  # the quoted words only
        q["n_hedges"], q["n_boosters"] = q_hedge[i], q_boost[i]
        q.update({k: quote_scores[i][k] for k in _SCORE_KEYS})
    article = {"article_id": doc.article_id, "n_sentences": n_sent, "n_quotes": len(quotes),
               "n_hedges": len(cues) - n_boosters, "n_boosters": n_boosters,
               **(scores.get("document") or _NO_SCORE)}
    return {"sentences": sents, "quotes": quotes, "hedges": cues, "article": article, "errors": errors}


def _module(name: str) -> Any:
    import importlib

    return importlib.import_module(f"{__package__}.{name}")


def _in_sentence(cue: dict, n_sent: int) -> bool:
    sid = cue.get("sentence_id")
    return sid is not None and sid == sid and 0 <= int(sid) < n_sent


def _analyze_chunk(articles: pd.DataFrame, opts: Options) -> dict[str, list]:
    out: dict[str, list] = {"sentences": [], "quotes": [], "hedges": [], "article": [], "errors": []}
    for aid, text in zip(articles["article_id"], articles["text"], strict=True):
        try:
            doc = make_doc(text, aid)
        except Exception as exc:  # keep the article, report why it has no rows
            if opts.errors == "raise":
                raise
            out["errors"].append({"article_id": aid, "stage": "segment", "message": _describe(exc)})
            continue
        rows = analyze_doc(doc, opts)
        out["sentences"].append(rows["sentences"])
        out["quotes"].extend(rows["quotes"])
        out["hedges"].extend(rows["hedges"])
        out["article"].append(rows["article"])
        out["errors"].extend(rows["errors"])
    return out


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _concat_columns(parts: list[dict[str, list]], table: str, extra: bool = False) -> pd.DataFrame:
    cols = schema.columns(table, extra)
    merged: dict[str, list] = {c: [] for c in cols}
    for p in parts:
        for c in cols:
            merged[c].extend(p[c])
    return schema.conform(pd.DataFrame(merged), table, extra)


def _is_dask(obj: Any) -> bool:
    return type(obj).__module__.startswith("dask.") and hasattr(obj, "map_partitions")


@dataclass
class Analysis:
    """The result of :func:`analyze`: one DataFrame per table, with the columns in ``discourse.schema``.

    Attributes: ``articles`` (one row per input article, always all of them), ``sentences``,
    ``quotes``, ``hedges``, ``errors`` (article_id, stage, message). After ``analyze`` on a Dask
    DataFrame every attribute is a Dask DataFrame; :meth:`compute` turns them into pandas.
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

    @property
    def is_lazy(self) -> bool:
        """True when the tables are Dask DataFrames (not yet computed)."""
        return _is_dask(self.articles)

    def compute(self) -> Analysis:
        """Compute lazy (Dask) tables together, so each partition is analysed once; pandas stays pandas."""
        if not self.is_lazy:
            return self
        import dask

        computed = dask.compute(*self.tables().values())
        return Analysis(**dict(zip(self.TABLES, computed, strict=True)))

    def summary(self) -> str:
        """A short human-readable account of what is in the analysis."""
        if self.is_lazy:
            return f"lazy tables {', '.join(self.TABLES)} over {self.articles.npartitions} partitions"
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

        ``format`` is ``"parquet"``, ``"csv"`` or ``"both"``. Read them back with :meth:`from_dir`.
        """
        formats = {"parquet": ("parquet",), "csv": ("csv",), "both": ("parquet", "csv")}
        if format not in formats:
            raise ValueError(f"format: expected one of {sorted(formats)}, got {format!r}")
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, df in self.compute().tables().items():
            for fmt in formats[format]:
                f = out / f"{name}.{fmt}"
                _write_table(_for_disk(df), f, fmt)
                written.append(f)
        return written

    @classmethod
    def from_dir(cls, path: str | Path) -> Analysis:
        """Read the tables written by :meth:`to_dir` or :func:`analyze_files` (part files) back."""
        root = Path(path)
        if not root.is_dir():
            raise FileNotFoundError(f"path: no such folder {str(path)!r}")
        tables = {}
        for name in cls.TABLES:
            files = [root / f"{name}.parquet"] if (root / f"{name}.parquet").exists() else (
                [root / f"{name}.csv"] if (root / f"{name}.csv").exists() else
                sorted((root / name).glob("part-*.parquet")) or sorted((root / name).glob("part-*.csv")))
            frames = [pd.read_parquet(f) if f.suffix == ".parquet" else pd.read_csv(f) for f in files]
            frames = [f for f in frames if len(f.columns)]
            df = pd.concat(frames, ignore_index=True) if frames else schema.empty(name)
            tables[name] = schema.conform(df, name, extra=name in ("sentences", "quotes", "articles")
                                          and set(schema.ANALYSIS_EXTRA[name]) <= set(df.columns))
        return cls(**tables)


def _for_disk(df: pd.DataFrame) -> pd.DataFrame:
    """A copy fit for Parquet: one type per column (ids and mixed object columns as strings)."""
    df = df.copy()
    df["article_id"] = df["article_id"].astype(str)
    for c in df.columns:
        if df[c].dtype == object:
            df[c] = df[c].map(lambda v: v if v is None or isinstance(v, str) or v != v else str(v))
    return df


def _write_table(df: pd.DataFrame, path: Path, fmt: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    if fmt == "parquet":
        df.to_parquet(tmp, index=False)
    else:
        df.to_csv(tmp, index=False)
    tmp.replace(path)  # atomic: an interrupted run never leaves half a file under the final name


def _articles_table(articles: pd.DataFrame, stats: list[dict] | None = None) -> pd.DataFrame:
    df = articles.copy()
    if "n_words" not in df.columns:
        df["n_words"] = [count_words(t) for t in df["text"]]
    if stats is not None:
        extra = schema.ANALYSIS_EXTRA["articles"]
        df = df.drop(columns=[c for c in extra if c in df.columns])
        by_id = {st["article_id"]: st for st in stats}
        for c in extra:
            df[c] = [by_id.get(a, {}).get(c, float("nan")) for a in df["article_id"]]
        # articles that could not be segmented have no stats: zero counts, no tone
        for c in ("n_sentences", "n_quotes", "n_hedges", "n_boosters"):
            df[c] = df[c].fillna(0).astype("int64")
        return schema.conform(df, "articles", extra=True)
    return schema.conform(df, "articles")


def _assemble(articles: pd.DataFrame, parts: list[dict[str, list]], read_errors: Any = None) -> Analysis:
    merged: dict[str, list] = {k: [] for k in ("sentences", "quotes", "hedges", "article", "errors")}
    for p in parts:
        for k, rows in p.items():
            merged[k].extend(rows)
    errs = schema.conform(pd.DataFrame(merged["errors"]), "errors")
    if isinstance(read_errors, pd.DataFrame) and len(read_errors):
        errs = pd.concat([schema.conform(read_errors, "errors"), errs], ignore_index=True)
    return Analysis(
        articles=_articles_table(articles, merged["article"]),
        sentences=_concat_columns(merged["sentences"], "sentences", extra=True),
        quotes=schema.conform(pd.DataFrame(merged["quotes"]), "quotes", extra=True),
        hedges=schema.conform(pd.DataFrame(merged["hedges"]), "hedges"),
        errors=errs,
    )


def _options(speakers: Any, lexicon: Any, errors: str) -> Options:
    if errors not in ERRORS:
        raise ValueError(f"errors: expected one of {list(ERRORS)}, got {errors!r}")
    registry = None
    if speakers is not None:
        from .speakers import read_speakers

        registry = read_speakers(speakers)
    if lexicon is not None and not isinstance(lexicon, pd.DataFrame):
        from .hedges import load_lexicon

        lexicon = load_lexicon(lexicon)
    return Options(speakers=registry, lexicon=lexicon, errors=errors)


def analyze(
    data: Any,
    *,
    n_jobs: int = 1,
    errors: str = "collect",
    chunk_size: int | None = None,
    progress: bool | None = None,
    speakers: Any = None,
    lexicon: Any = None,
) -> Analysis:
    """Analyse articles: sentences, quotes, hedges and sentiment, each in its own table.

    Parameters
    ----------
    data : str, list/Series of str, DataFrame with ``text`` (and optional ``article_id``), the articles
        table from :func:`discourse.read_articles`, or a Dask DataFrame with those columns.
    n_jobs : number of worker processes (joblib); ``-1`` uses every core. Results are identical to
        ``n_jobs=1`` and in input order.
    errors : ``"collect"`` (default) puts a failing article's reason in ``Analysis.errors`` and goes on;
        ``"raise"`` re-raises, for debugging.
    chunk_size : articles per task when ``n_jobs != 1`` (default: spread evenly, at most 200).
    progress : show a progress bar (tqdm; renders in notebooks). Default: on for more than 500 articles.
    speakers : a speaker registry (DataFrame or CSV path with ``name, aliases, role, group``) that fills
        ``speaker_group`` and canonical names (see :func:`discourse.speakers.read_speakers`).
    lexicon : a hedge/booster lexicon replacing the bundled one (see :func:`discourse.hedges.load_lexicon`).

    Returns
    -------
    Analysis with ``articles`` (one row per input article, plus ``n_sentences, n_quotes, n_hedges,
    n_boosters`` and the length-weighted ``neg, neu, pos, compound``), ``sentences`` and ``quotes`` (plus
    ``n_hedges, n_boosters, neg, neu, pos, compound``; quotes also ``n_words``), ``hedges`` and ``errors``.

    >>> res = analyze("Russia may support it, Lavrov said. He added more.")
    >>> len(res.sentences), res.quotes["speaker"].tolist()
    (2, ['Lavrov'])
    """
    opts = _options(speakers, lexicon, errors)
    if not isinstance(n_jobs, int) or n_jobs == 0:
        raise ValueError(f"n_jobs: expected a non-zero int (-1 for every core), got {n_jobs!r}")
    if _is_dask(data):
        return _analyze_dask(data, opts)
    articles = as_articles(data)
    chunks = _chunks(articles, n_jobs, chunk_size)
    show = len(articles) > 500 if progress is None else bool(progress)
    bar = _progress_bar(len(articles), show)
    parts = []
    if n_jobs == 1 or len(chunks) <= 1:
        for c in chunks:
            parts.append(_analyze_chunk(c, opts))
            bar.update(len(c))
    else:
        from joblib import Parallel, delayed

        results = Parallel(n_jobs=n_jobs, return_as="generator")(delayed(_analyze_chunk)(c, opts) for c in chunks)
        for c, part in zip(chunks, results, strict=True):
            parts.append(part)
            bar.update(len(c))
    bar.close()
    read_errors = data.attrs.get("errors") if isinstance(data, pd.DataFrame) else None
    return _assemble(articles, parts, read_errors)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, show: bool) -> Any:
    if not show:
        return _NoBar()
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="discourse")


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


# ---------------------------------------------------------------- Dask
def _analyze_partition(part: pd.DataFrame, opts: Options) -> dict[str, pd.DataFrame]:
    articles = as_articles(part)
    return _assemble(articles, [_analyze_chunk(articles, opts)]).tables()


def _analyze_dask(ddf: Any, opts: Options) -> Analysis:
    """One delayed analysis per partition; every table is a Dask DataFrame over those results, with
    ``meta`` from the schema (the analysis of an empty partition), so computing the tables together
    analyses each partition once."""
    import operator

    import dask
    import dask.dataframe as dd

    if "text" not in ddf.columns:
        raise ValueError(f"data: Dask DataFrame has no 'text' column; columns found: {list(ddf.columns)}")
    meta = _analyze_partition(ddf._meta.iloc[:0], opts)
    results = [dask.delayed(_analyze_partition)(p, opts) for p in ddf.to_delayed()]
    tables = {
        name: dd.from_delayed([dask.delayed(operator.getitem)(r, name) for r in results], meta=meta[name],
                              verify_meta=False)
        for name in Analysis.TABLES
    }
    return Analysis(**tables)


# ---------------------------------------------------------------- streaming from disk
MANIFEST = "_manifest.json"


def analyze_files(
    source: Any,
    out_dir: str | Path,
    *,
    batch_size: int = 500,
    format: str = "parquet",
    resume: bool = True,
    n_jobs: int = 1,
    progress: bool | None = None,
    errors: str = "collect",
    speakers: Any = None,
    lexicon: Any = None,
    input_format: str | None = None,
    **read_kwargs: Any,
) -> pd.DataFrame:
    """Analyse a corpus on disk batch by batch, appending part files: memory does not grow with its size.

    Reads ``batch_size`` files at a time (anything :func:`discourse.read_articles` reads: a folder, a glob,
    a list of paths), analyses them and writes ``out_dir/<table>/part-NNNNNN.parquet`` (or ``.csv``) for
    every table, then records the batch in ``out_dir/_manifest.json``. With ``resume=True`` an interrupted
    run started again with the same files skips the batches already written. Read everything back with
    ``Analysis.from_dir(out_dir)``, or lazily with ``dask.dataframe.read_parquet(out_dir + "/quotes")``.
    ``input_format`` and other keyword arguments (``text_col``, ``dayfirst`` ...) go to the reader.

    Returns one row per table: ``table, rows, files``.
    """
    from . import io

    if format not in ("parquet", "csv"):
        raise ValueError(f"format: expected 'parquet' or 'csv', got {format!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size: expected a positive int, got {batch_size!r}")
    opts = _options(speakers, lexicon, errors)
    pairs = io.list_files(source)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    digest = _digest([aid for _, aid in pairs], batch_size, format)
    manifest = _read_manifest(out / MANIFEST)
    done: set[int] = set()
    if manifest and resume:
        if manifest.get("digest") != digest:
            raise ValueError(
                f"out_dir: {out} holds results of another run (other files, batch size or format); "
                "use a new folder or resume=False to overwrite"
            )
        done = set(manifest.get("done", []))
    elif manifest and not resume:
        for name in Analysis.TABLES:
            for f in (out / name).glob("part-*"):
                f.unlink()
    batches = [pairs[i:i + batch_size] for i in range(0, len(pairs), batch_size)]
    bar = _progress_bar(len(pairs), len(pairs) > 500 if progress is None else bool(progress))
    counts = {name: 0 for name in Analysis.TABLES}
    for b, batch in enumerate(batches):
        if b in done:
            bar.update(len(batch))
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # read errors go to the errors table
            records, read_errors = io.read_files(batch, explicit=False, format=input_format, **read_kwargs)
            articles = io.articles_table(records, read_errors)
        res = analyze(articles, n_jobs=n_jobs, errors=opts.errors, progress=False, speakers=opts.speakers,
                      lexicon=opts.lexicon)
        for name, df in res.tables().items():
            (out / name).mkdir(exist_ok=True)
            _write_table(_for_disk(df), out / name / f"part-{b:06d}.{format}", format)
        done.add(b)
        _write_manifest(out / MANIFEST, {"digest": digest, "batches": len(batches), "done": sorted(done)})
        bar.update(len(batch))
        del res, articles, records
    bar.close()
    if not batches:
        _write_manifest(out / MANIFEST, {"digest": digest, "batches": 0, "done": []})
    for name in Analysis.TABLES:
        files = sorted((out / name).glob(f"part-*.{format}")) if (out / name).exists() else []
        counts[name] = sum(_count_rows(f) for f in files)
    return pd.DataFrame({"table": list(Analysis.TABLES), "rows": [counts[n] for n in Analysis.TABLES],
                         "files": [len(list((out / n).glob(f"part-*.{format}"))) if (out / n).exists() else 0
                                   for n in Analysis.TABLES]})


def _count_rows(path: Path) -> int:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    return max(0, sum(1 for _ in path.open(encoding="utf-8")) - 1)


def _digest(ids: list[str], batch_size: int, format: str) -> str:
    import hashlib

    h = hashlib.sha256(f"{batch_size}|{format}|".encode())
    for aid in ids:
        h.update(str(aid).encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def _read_manifest(path: Path) -> dict | None:
    import json

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_manifest(path: Path, data: dict) -> None:
    import json

    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(path)


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
