"""Figures for the comparison tables: profiles, rates, keyness, trends and tone.

Each function takes the table :mod:`discourse.compare` returns, draws on ``ax`` (a new figure when
``None``), labels its axes with units, and returns the Axes, so figures compose and save
(``ax.figure.savefig("fig.png", dpi=150)``) the same way in a notebook and in a script.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["profile", "rates", "keyness", "trend", "tone", "LABELS"]

LABELS = {
    "hedges_per_1000": "hedges per 1,000 words",
    "boosters_per_1000": "boosters per 1,000 words",
    "quotes_per_1000": "quotes per 1,000 words",
    "tone": "mean tone (VADER compound, -1 to 1)",
}


def _ax(ax: Any, figsize: tuple[float, float] = (7, 4.5)) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _label_col(df: pd.DataFrame, by: str | Sequence[str] | None) -> pd.Series:
    if by is None:
        skip = {"n_units", "n_articles", "n_words", "measure", "value", "low", "high"}
        by = [c for c in df.columns if c not in skip and not c.startswith(LABELS_PREFIXES)][:1]
    cols = [by] if isinstance(by, str) else list(by)
    return df[cols].astype(str).agg(" · ".join, axis=1)


LABELS_PREFIXES = tuple(LABELS)


def _err(df: pd.DataFrame, m: str) -> np.ndarray | None:
    if f"{m}_low" not in df or df[f"{m}_low"].isna().all():
        return None
    return np.vstack([(df[m] - df[f"{m}_low"]).clip(lower=0), (df[f"{m}_high"] - df[m]).clip(lower=0)])


def profile(
    table: pd.DataFrame,
    by: str | Sequence[str] | None = None,
    x: str = "hedges_per_1000",
    y: str = "boosters_per_1000",
    *,
    ax: Any = None,
    min_words: int = 0,
) -> Any:
    """Each group as a point: hedging (x) against boosting (y) per 1,000 words, with 95% intervals.

    ``table`` is :func:`discourse.compare`'s wide output; groups with fewer than ``min_words`` words are
    left out (their rates are too noisy to read)."""
    ax = _ax(ax)
    df = table[table["n_words"] >= min_words] if "n_words" in table else table
    labels = _label_col(df, by)
    colors = _colors(len(df))
    for i, (_, r) in enumerate(df.iterrows()):
        one = df.loc[[r.name]]
        ax.errorbar(r[x], r[y], xerr=_err(one, x), yerr=_err(one, y), fmt="o", color=colors[i], capsize=3,
                    label=labels.loc[r.name])
        ax.annotate(labels.loc[r.name], (r[x], r[y]), textcoords="offset points", xytext=(6, 4), fontsize=9)
    ax.set_xlabel(LABELS.get(x, x))
    ax.set_ylabel(LABELS.get(y, y))
    ax.set_title("How cautiously and how forcefully: hedges vs boosters")
    ax.grid(alpha=0.3)
    return ax


def rates(table: pd.DataFrame, measure: str = "hedges_per_1000", by: str | Sequence[str] | None = None, *,
          ax: Any = None, sort: bool = True) -> Any:
    """One measure per group as a dot with its 95% interval (a forest plot)."""
    if measure not in table:
        raise ValueError(f"measure: no column {measure!r}; expected one of {list(LABELS)}")
    ax = _ax(ax)
    df = table.sort_values(measure) if sort else table
    labels = _label_col(df, by)
    pos = np.arange(len(df))
    ax.errorbar(df[measure], pos, xerr=_err(df, measure), fmt="o", color="#4c72b0", capsize=3)
    ax.set_yticks(pos, labels)
    ax.set_xlabel(LABELS.get(measure, measure))
    ax.set_title(_sentence_case(LABELS.get(measure, measure).split(" (")[0]) + " (95% intervals)")
    ax.grid(axis="x", alpha=0.3)
    return ax


def keyness(table: pd.DataFrame, n: int = 12, *, ax: Any = None, target_label: str = "target",
            reference_label: str = "reference") -> Any:
    """The ``n`` most distinctive terms of each side of :func:`discourse.keyness`, as bars of z-scores."""
    ax = _ax(ax, figsize=(7, max(3.0, 0.3 * 2 * n)))
    top = table.head(n)
    bottom = table.tail(n).iloc[::-1] if len(table) > n else table.iloc[0:0]
    df = pd.concat([bottom.iloc[::-1], top.iloc[::-1]])
    df = df[~df.index.duplicated()]
    colors = ["#c44e52" if z < 0 else "#4c72b0" for z in df["z"]]
    ax.barh(np.arange(len(df)), df["z"], color=colors)
    ax.set_yticks(np.arange(len(df)), df["term"])
    ax.axvline(0, color="black", lw=0.8)
    for v in (-1.96, 1.96):
        ax.axvline(v, color="grey", lw=0.8, ls=":")
    ax.set_xlabel(f"z-score of log-odds ratio (> 0: {target_label}; < 0: {reference_label})")
    ax.set_title("Distinctive words (Monroe et al. 2008)")
    return ax


def trend(table: pd.DataFrame, measure: str = "hedges_per_1000", by: str | None = None, *, ax: Any = None) -> Any:
    """A measure over time from :func:`discourse.over_time`, one line per group with a 95% band."""
    if "period" not in table:
        raise ValueError("table: expected the output of discourse.over_time (a 'period' column)")
    ax = _ax(ax)
    groups = [(None, table)] if by is None else list(table.groupby(by, sort=True))
    for (name, g), color in zip(groups, _colors(len(groups)), strict=True):
        g = g.sort_values("period")
        ax.plot(g["period"], g[measure], marker="o", color=color, label=name)
        if f"{measure}_low" in g and g[f"{measure}_low"].notna().any():
            ax.fill_between(g["period"], g[f"{measure}_low"], g[f"{measure}_high"], color=color, alpha=0.15)
    ax.set_xlabel("period")
    ax.set_ylabel(LABELS.get(measure, measure))
    ax.set_title(_sentence_case(LABELS.get(measure, measure).split(" (")[0]) + " over time")
    if by is not None:
        ax.legend(title=by, fontsize=8)
    ax.grid(alpha=0.3)
    return ax


def tone(table: pd.DataFrame, by: str, *, ax: Any = None, column: str = "compound") -> Any:
    """Distribution of tone (VADER compound) per group, as box plots with the points on top."""
    if by not in table or column not in table:
        raise ValueError(f"table: needs columns {by!r} and {column!r}")
    ax = _ax(ax)
    groups = [(k, g[column].dropna().to_numpy()) for k, g in table.groupby(by, sort=True)]
    groups = [(k, v) for k, v in groups if len(v)]
    ax.boxplot([v for _, v in groups], orientation="horizontal", widths=0.5, showfliers=False)
    rng = np.random.default_rng(0)
    for i, (_, v) in enumerate(groups, start=1):
        ax.scatter(v, i + rng.uniform(-0.15, 0.15, len(v)), s=8, alpha=0.5, color="#4c72b0")
    ax.set_yticks(range(1, len(groups) + 1), [str(k) for k, _ in groups])
    ax.axvline(0, color="grey", lw=0.8, ls=":")
    ax.set_xlabel("tone (VADER compound: -1 negative, +1 positive)")
    ax.set_title(f"Tone by {by}")
    return ax


def _sentence_case(label: str) -> str:
    return label[:1].upper() + label[1:]


def _colors(n: int) -> list[Any]:
    import matplotlib

    cmap = matplotlib.colormaps["tab10" if n <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(n)]
