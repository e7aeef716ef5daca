"""Column names and dtypes of every table, declared once.

Used for empty results (an empty input gives an empty table with the right columns), for Dask ``meta``,
for :meth:`Analysis.to_dir` and for the documentation. Tables may carry more columns (metadata passed
through, scores added by analysers); the columns listed here are always present, in this order, with
these dtypes.

Dtypes: ``article_id`` is ``object`` because it is an int (position of a string in a list) or a str
(file name, id column). Strings use pandas' ``str`` dtype (missing values are NaN). Offsets that may be
missing (no cue, no speaker, outside any sentence) are ``float64`` with NaN, the pandas convention for
integers with gaps, so ``int(row.speaker_start)`` works whenever the value is present.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["SCHEMAS", "empty", "conform", "columns", "segment_spans", "format_segments", "quoted_text"]

STR = "str"
INT = "int64"
FLOAT = "float64"
OFFSET_OR_NAN = "float64"

SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "object",
        "title": STR,
        "date": "datetime64[ns]",
        "source": STR,
        "url": STR,
        "text": STR,
        "n_words": INT,
    },
    "sentences": {
        "article_id": "object",
        "sentence_id": INT,
        "paragraph_id": INT,
        "start": INT,
        "end": INT,
        "text": STR,
        "n_words": INT,
    },
    "quotes": {
        "article_id": "object",
        "quote_id": INT,
        "kind": STR,
        "text": STR,
        "start": INT,
        "end": INT,
        "cue": STR,
        "cue_start": OFFSET_OR_NAN,
        "cue_end": OFFSET_OR_NAN,
        "speaker": STR,
        "speaker_mention": STR,
        "speaker_start": OFFSET_OR_NAN,
        "speaker_end": OFFSET_OR_NAN,
        "speaker_role": STR,
        "speaker_group": STR,
        "attribution": STR,
        "sentence_id": OFFSET_OR_NAN,
        "segments": STR,
    },
    "hedges": {
        "article_id": "object",
        "sentence_id": OFFSET_OR_NAN,
        "quote_id": OFFSET_OR_NAN,
        "start": INT,
        "end": INT,
        "text": STR,
        "category": STR,
        "type": STR,
    },
    "sentiment": {
        "article_id": "object",
        "unit_id": INT,
        "start": INT,
        "end": INT,
        "neg": FLOAT,
        "neu": FLOAT,
        "pos": FLOAT,
        "compound": FLOAT,
    },
    "errors": {
        "article_id": "object",
        "stage": STR,
        "message": STR,
    },
}


def format_segments(spans: list[tuple[int, int]]) -> str:
    """The ``segments`` cell of a quote row: the parts of its content as ``"start:end"``, joined by ``;``."""
    return ";".join(f"{a}:{b}" for a, b in spans)


def segment_spans(row: Any) -> list[tuple[int, int]]:
    """The parts of a quote row's content (dict, named tuple or Series) as ``(start, end)`` offsets.

    A quote interrupted by its attribution (``"A," he said. "B."``) is one row from A to B whose
    ``segments`` are A and B, and so is a reported clause interrupted by its cue (``The plan, he said,
    would fail``); any other row has one part, ``start:end``. Rows without a usable
    ``segments`` value (older tables, hand-made frames) give ``[(start, end)]``.

    >>> segment_spans({"start": 0, "end": 30, "segments": "0:5;20:30"})
    [(0, 5), (20, 30)]
    """
    get = row.get if hasattr(row, "get") else lambda k, d=None: getattr(row, k, d)
    start, end = int(get("start")), int(get("end"))
    value = get("segments", None)
    spans: list[tuple[int, int]] = []
    if isinstance(value, str):
        for part in value.split(";"):
            a, _, b = part.partition(":")
            try:
                lo, hi = int(a), int(b)
            except ValueError:
                return [(start, end)]
            if not start <= lo < hi <= end:
                return [(start, end)]
            spans.append((lo, hi))
    return spans or [(start, end)]


def quoted_text(row: Any, article_text: str | None = None) -> str:
    """The words a quote row quotes: its ``text`` without an interrupting '..., he said.', parts joined by a space.

    The parts are cut from ``article_text`` when given (rows without a ``text`` cell), else from the row's
    own ``text``.

    >>> quoted_text({"start": 10, "end": 36, "segments": "10:16;26:36", "text": '"Yes," he said. "We will."'})
    '"Yes," "We will."'
    """
    spans = segment_spans(row)
    if article_text is not None:
        return " ".join(article_text[a:b] for a, b in spans)
    get = row.get if hasattr(row, "get") else lambda k, d=None: getattr(row, k, d)
    text = get("text", None)
    if not isinstance(text, str):
        return ""
    start = int(get("start"))
    return " ".join(text[a - start : b - start] for a, b in spans)


# Columns that analyze() adds after the guaranteed ones: counts of hedge and booster cues and VADER scores
# per sentence and per quote, and per-article totals with the length-weighted tone.
_SCORES = {"neg": FLOAT, "neu": FLOAT, "pos": FLOAT, "compound": FLOAT}
ANALYSIS_EXTRA: dict[str, dict[str, str]] = {
    "articles": {"n_sentences": INT, "n_quotes": INT, "n_hedges": INT, "n_boosters": INT, **_SCORES},
    "sentences": {"n_hedges": INT, "n_boosters": INT, **_SCORES},
    "quotes": {"n_words": INT, "n_hedges": INT, "n_boosters": INT, **_SCORES},
    "hedges": {},
    "errors": {},
}


def columns(table: str, extra: bool = False) -> list[str]:
    """The guaranteed columns of ``table``, in order (with ``extra``, also those ``analyze`` adds)."""
    return list(_schema(table, extra))


def _schema(table: str, extra: bool = False) -> dict[str, str]:
    try:
        base = SCHEMAS[table]
    except KeyError:
        raise ValueError(f"table: expected one of {sorted(SCHEMAS)}, got {table!r}") from None
    return {**base, **ANALYSIS_EXTRA.get(table, {})} if extra else base


def empty(table: str, extra: bool = False) -> pd.DataFrame:
    """An empty DataFrame with the columns and dtypes of ``table`` (Dask ``meta``, empty results)."""
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in _schema(table, extra).items()})


def conform(df: pd.DataFrame | list[dict] | None, table: str, extra: bool = False) -> pd.DataFrame:
    """Return ``df`` with the schema's columns first, in order and cast to their dtypes.

    Missing schema columns are added as missing values; other columns are kept after them. With
    ``extra``, the columns ``analyze`` adds (:data:`ANALYSIS_EXTRA`) are part of the schema.
    """
    schema = _schema(table, extra)
    if df is None:
        return empty(table, extra)
    if not isinstance(df, pd.DataFrame):
        df = pd.DataFrame(list(df))
    if df.empty and not len(df.columns):
        return empty(table, extra)
    out = {}
    n = len(df)
    for c, d in schema.items():
        if c in df.columns:
            s = df[c]
            if d == "datetime64[ns]":
                s = pd.to_datetime(s, errors="coerce")
                if getattr(s.dt, "tz", None) is not None:
                    s = s.dt.tz_convert(None)
                s = s.astype(d)
            elif d == "object":
                s = s.astype(object)
            else:
                s = s.astype(d)
            out[c] = s.reset_index(drop=True)
        else:
            # a missing integer column cannot hold NaN as int64: it is float until filled
            out[c] = pd.Series([None] * n, dtype=FLOAT if (d == INT and n) else d)
    extra = [c for c in df.columns if c not in schema]
    res = pd.DataFrame(out)
    for c in extra:
        res[c] = df[c].reset_index(drop=True)
    return res
