"""Validation against hand coding: precision, recall and F1 with the matched and missed rows.

Every empirical claim made with an automatic coder needs a validation step. This module scores the
quotes and hedges tables against gold annotations, with the metric definitions of the project's
evaluation sets (the PolNeAR tracks of Newell, Margolin & Ruths 2018):

* **all attributions**: a predicted quote matches a gold attribution when each span covers at least half
  of the other; matching is one-to-one, greedy by overlap, within an article;
* **direct track** (``track="direct"``): gold attributions of kind direct or mixed (quoted material) against
  predicted rows of kind direct or mixed; a prediction matches when at least half of it lies inside the
  gold content and it covers at least a quarter of it;
* **with speaker**: a match counts only when the predicted speaker span overlaps the gold speaker mention
  (or both have none).

Gold comes from brat standoff (:func:`discourse.datasets.read_brat`) or from JSON files in the form of the
seed and course annotations (:func:`read_gold_json`). For a researcher's own data,
:func:`sample_for_coding` draws a stratified sample to hand-code and :func:`read_coding` /
:func:`coding_summary` read it back and report accuracy with 95% intervals.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .datasets import gold_frame, read_brat

__all__ = [
    "Evaluation",
    "quotes",
    "hedges",
    "read_gold",
    "read_gold_json",
    "sample_for_coding",
    "read_coding",
    "coding_summary",
    "CODING_COLUMNS",
]

HEDGE_GOLD_COLUMNS = ["article_id", "start", "end", "text", "category", "gold_id"]


@dataclass
class Evaluation:
    """Precision, recall and F1, and the table of matched, missed and spurious rows.

    ``table`` has one row per gold or predicted unit: ``status`` (match | missed | spurious),
    ``article_id``, ``gold_id``, ``pred_id``, ``gold_text``, ``pred_text``, ``overlap`` and, for quotes,
    ``speaker_ok``.
    """

    name: str
    tp: int
    n_pred: int
    n_gold: int
    table: pd.DataFrame = field(repr=False)
    speaker_tp: int | None = None

    @staticmethod
    def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def precision(self) -> float:
        return self._prf(self.tp, self.n_pred, self.n_gold)[0]

    @property
    def recall(self) -> float:
        return self._prf(self.tp, self.n_pred, self.n_gold)[1]

    @property
    def f1(self) -> float:
        return self._prf(self.tp, self.n_pred, self.n_gold)[2]

    @property
    def speaker_f1(self) -> float | None:
        return None if self.speaker_tp is None else self._prf(self.speaker_tp, self.n_pred, self.n_gold)[2]

    def as_dict(self) -> dict[str, Any]:
        d = {"name": self.name, "precision": self.precision, "recall": self.recall, "f1": self.f1,
             "tp": self.tp, "n_pred": self.n_pred, "n_gold": self.n_gold}
        if self.speaker_tp is not None:
            sp = self._prf(self.speaker_tp, self.n_pred, self.n_gold)
            d.update(speaker_precision=sp[0], speaker_recall=sp[1], speaker_f1=sp[2])
        return d

    def __repr__(self) -> str:
        s = (f"Evaluation({self.name}: P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f}; "
             f"{self.tp} matched of {self.n_pred} predicted and {self.n_gold} gold")
        if self.speaker_tp is not None:
            s += f"; with speaker F1 {self.speaker_f1:.3f}"
        return s + ")"


# ---------------------------------------------------------------- gold
def read_gold(source: Any, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Gold attributions from a brat folder, a JSON gold file or a folder of ``*.gold.json`` files, or a
    DataFrame already in the gold form (returned as is). JSON gold needs ``articles`` to find the spans."""
    if isinstance(source, pd.DataFrame):
        return source
    if not isinstance(source, (str, Path)):
        raise TypeError(
            f"gold: expected a DataFrame, a brat folder or a JSON gold path, got {type(source).__name__}"
            + (" (course_gold() returns (quotes_gold, hedges_gold): pass one of them)" if isinstance(source, tuple)
               else "")
        )
    p = Path(source)
    if p.is_dir() and not list(p.glob("*.json")) and not list(p.rglob("*.gold.json")):
        return read_brat(p)[1]
    if articles is None:
        raise ValueError("articles: JSON gold needs the articles table to locate the annotated spans")
    return read_gold_json(p, articles)[0]


def _gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.rglob("*.json"))
    if not path.exists():
        raise FileNotFoundError(f"gold: no such file or directory: {str(path)!r}")
    return [path]


def _article_for(g: dict, path: Path, ids: set) -> Any:
    """The article a JSON gold file annotates: its ``article`` field's stem, or the file name's stem."""
    for cand in (Path(str(g.get("article", ""))).stem, path.name.removesuffix(".gold.json"), path.stem):
        if cand in ids:
            return cand
    return None


def _find_near(text: str, needle: str | None, lo: int, hi: int) -> tuple[float, float]:
    """Offsets of ``needle`` nearest to [lo, hi): the closest occurrence before lo, else after hi."""
    if not needle:
        return float("nan"), float("nan")
    before = text.rfind(needle, max(0, lo - 400), lo)
    after = text.find(needle, hi, hi + 400)
    inside = text.find(needle, lo, hi)
    best = before if before != -1 else (after if after != -1 else inside)
    if best == -1:
        return float("nan"), float("nan")
    return float(best), float(best + len(needle))


def read_gold_json(path: str | Path, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read gold JSON (the seed/course form) and locate every span in the articles' text.

    Returns ``(quotes_gold, hedges_gold)``. Content strings are found verbatim in the article text
    (searching forward from the previous quote, then from the start); a content that cannot be found is
    left out and listed in ``quotes_gold.attrs["unlocated"]``.
    """
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    qrows: list[dict] = []
    hrows: list[dict] = []
    unlocated: list[tuple[Any, str]] = []
    for f in _gold_files(Path(path)):
        g = json.loads(f.read_text(encoding="utf-8"))
        if not isinstance(g, dict) or "quotes" not in g:
            continue
        aid = _article_for(g, f, set(texts))
        if aid is None:
            continue
        text = texts[aid]
        pos = 0
        for gid, q in enumerate(g["quotes"]):
            content = q.get("content") or ""
            start = text.find(content, pos) if content else -1
            if start == -1 and content:
                start = text.find(content)
            if start == -1:
                unlocated.append((aid, content[:80]))
                continue
            end = start + len(content)
            pos = start + 1
            ss, se = _find_near(text, q.get("mention"), start, end)
            cs, ce = _find_near(text, q.get("cue"), start, end)
            qrows.append({
                "article_id": aid, "gold_id": gid, "kind": q.get("kind"), "text": content,
                "start": start, "end": end, "speaker": q.get("speaker"), "speaker_mention": q.get("mention"),
                "speaker_start": ss, "speaker_end": se, "cue": q.get("cue"), "cue_start": cs, "cue_end": ce,
            })
            for category, key in (("hedge", "hedges"), ("booster", "boosters")):
                for word in q.get(key) or []:
                    m = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", content)
                    if m:
                        hrows.append({"article_id": aid, "start": start + m.start(), "end": start + m.end(),
                                      "text": word, "category": category, "gold_id": len(hrows)})
    qgold = gold_frame(qrows)
    qgold.attrs["unlocated"] = unlocated
    return qgold, pd.DataFrame(hrows, columns=HEDGE_GOLD_COLUMNS)


# ---------------------------------------------------------------- matching
def _greedy(gold: list[tuple[int, int]], pred: list[tuple[int, int]], need_pred: float, need_gold: float,
            compatible: Any = None) -> list[tuple[int, int, int]]:
    """One-to-one matches (gi, pi, overlap), greedy by overlap, as in the PolNeAR scorer. A pair is a
    candidate when the overlap covers ``need_pred`` of the prediction and ``need_gold`` of the gold span
    and ``compatible(gi, pi)`` (when given) holds."""
    cand = []
    for gi, (ga, gb) in enumerate(gold):
        for pi, (pa, pb) in enumerate(pred):
            ov = min(gb, pb) - max(ga, pa)
            if ov > 0 and ov >= need_pred * (pb - pa) and ov >= need_gold * (gb - ga) and (
                    compatible is None or compatible(gi, pi)):
                cand.append((ov, gi, pi))
    cand.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for ov, gi, pi in cand:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi, ov))
    return out


def _spans(df: pd.DataFrame, a: str = "start", b: str = "end") -> list[tuple[int, int]]:
    return [(int(x), int(y)) for x, y in zip(df[a], df[b], strict=True)]


def _speaker_ok(g: pd.Series, p: pd.Series) -> bool:
    gs, ge, ps, pe = g["speaker_start"], g["speaker_end"], p["speaker_start"], p["speaker_end"]
    g_none, p_none = pd.isna(gs), pd.isna(ps)
    if g_none or p_none:
        return g_none and p_none
    return min(ge, pe) - max(gs, ps) > 0


def quotes(pred: pd.DataFrame, gold: Any, *, track: str = "all", articles: pd.DataFrame | None = None
           ) -> Evaluation:
    """Score a quotes table against gold attributions.

    Parameters
    ----------
    pred : the quotes table (``discourse.quotes`` or ``Analysis.quotes``).
    gold : gold attributions (DataFrame from :func:`read_gold`), a brat folder, or JSON gold path(s).
    track : ``"all"`` (every attribution) or ``"direct"`` (quoted material only).
    articles : needed when ``gold`` is JSON, to locate its spans.

    Returns an :class:`Evaluation` with P/R/F1, F1 with the right speaker, and the row table.

    >>> g = pd.DataFrame({"article_id": [0], "gold_id": [0], "kind": ["direct"], "text": ["x"], "start": [10],
    ...                   "end": [30], "speaker_start": [0.0], "speaker_end": [5.0]})
    >>> p = pd.DataFrame({"article_id": [0], "quote_id": [0], "kind": ["direct"], "text": ["y"], "start": [12],
    ...                   "end": [30], "speaker_start": [0.0], "speaker_end": [3.0]})
    >>> quotes(p, g).f1
    1.0
    """
    if track not in ("all", "direct"):
        raise ValueError(f"track: expected 'all' or 'direct', got {track!r}")
    gold = read_gold(gold, articles)
    need = (0.5, 0.25) if track == "direct" else (0.5, 0.5)
    if track == "direct":
        gold = gold[gold["kind"].isin(["direct", "mixed"])]
        pred = pred[pred["kind"].isin(["direct", "mixed"])]
    rows, tp, sp_tp = [], 0, 0
    ids = list(dict.fromkeys([*gold["article_id"].tolist(), *pred["article_id"].tolist()]))
    for aid in ids:
        g = gold[gold["article_id"] == aid].reset_index(drop=True)
        p = pred[pred["article_id"] == aid].reset_index(drop=True)
        pairs = _greedy(_spans(g), _spans(p), *need)
        matched_g = {gi for gi, _, _ in pairs}
        matched_p = {pi for _, pi, _ in pairs}
        for gi, pi, ov in pairs:
            ok = _speaker_ok(g.loc[gi], p.loc[pi]) if "speaker_start" in p and "speaker_start" in g else False
            tp += 1
            sp_tp += ok
            rows.append(_row("match", aid, g.loc[gi], p.loc[pi], ov, ok))
        rows += [_row("missed", aid, g.loc[i], None, 0, False) for i in range(len(g)) if i not in matched_g]
        rows += [_row("spurious", aid, None, p.loc[i], 0, False) for i in range(len(p)) if i not in matched_p]
    table = pd.DataFrame(rows, columns=["status", "article_id", "gold_id", "pred_id", "gold_text", "pred_text",
                                        "gold_speaker", "pred_speaker", "overlap", "speaker_ok"])
    return Evaluation(f"quotes ({track})", tp, len(pred), len(gold), table, speaker_tp=sp_tp)


def _row(status: str, aid: Any, g: pd.Series | None, p: pd.Series | None, ov: int, ok: bool) -> dict:
    def get(s: pd.Series | None, *keys: str) -> Any:
        if s is None:
            return None
        for k in keys:
            if k in s.index and not (isinstance(s[k], float) and math.isnan(s[k])):
                return s[k]
        return None

    return {"status": status, "article_id": aid, "gold_id": get(g, "gold_id"),
            "pred_id": get(p, "quote_id", "pred_id"), "gold_text": get(g, "text"), "pred_text": get(p, "text"),
            "gold_speaker": get(g, "speaker", "speaker_mention"), "pred_speaker": get(p, "speaker"),
            "overlap": ov, "speaker_ok": ok}


def hedges(pred: pd.DataFrame, gold: pd.DataFrame, *, by_category: bool = True) -> Evaluation:
    """Cue-level P/R/F1: a predicted cue matches a gold cue when their spans overlap (and, with
    ``by_category``, both are hedges or both boosters). ``gold`` has ``article_id, start, end`` and
    ``category`` (e.g. the second table of :func:`read_gold_json`)."""
    rows, tp = [], 0
    ids = list(dict.fromkeys([*gold["article_id"].tolist(), *pred["article_id"].tolist()]))
    for aid in ids:
        g = gold[gold["article_id"] == aid].reset_index(drop=True)
        p = pred[pred["article_id"] == aid].reset_index(drop=True)
        gcat, pcat = g["category"].tolist(), p["category"].tolist()
        same = (lambda gi, pi, gcat=gcat, pcat=pcat: gcat[gi] == pcat[pi]) if by_category else None
        pairs = _greedy(_spans(g), _spans(p), 0.0, 0.0, same)
        ug = {gi for gi, _, _ in pairs}
        up = {pi for _, pi, _ in pairs}
        tp += len(pairs)
        rows += [{"status": "match", "article_id": aid, "gold_text": g.loc[gi, "text"], "pred_text": p.loc[pi, "text"],
                  "category": g.loc[gi, "category"], "start": p.loc[pi, "start"]} for gi, pi, _ in pairs]
        rows += [{"status": "missed", "article_id": aid, "gold_text": g.loc[i, "text"], "pred_text": None,
                  "category": g.loc[i, "category"], "start": g.loc[i, "start"]} for i in range(len(g)) if i not in ug]
        rows += [{"status": "spurious", "article_id": aid, "gold_text": None, "pred_text": p.loc[i, "text"],
                  "category": p.loc[i, "category"], "start": p.loc[i, "start"]} for i in range(len(p)) if i not in up]
    table = pd.DataFrame(rows, columns=["status", "article_id", "gold_text", "pred_text", "category", "start"])
    return Evaluation("hedges (cues)", tp, len(pred), len(gold), table)


# ---------------------------------------------------------------- hand coding of one's own data
CODING_COLUMNS = ["is_attribution", "span_ok", "speaker_ok", "kind_ok", "notes"]


def _allocate(sizes: pd.Series, n: int) -> dict[Any, int]:
    """Proportional allocation of n over strata by largest remainder (Hamilton), with at least one row
    per stratum when n allows it and never more than a stratum holds."""
    total = int(sizes.sum())
    n = min(n, total)
    quota = {k: n * int(v) / total for k, v in sizes.items()}
    floor1 = n >= len(sizes)
    alloc = {k: min(int(sizes[k]), max(int(q), 1 if floor1 else 0)) for k, q in quota.items()}
    by_remainder = sorted(quota, key=lambda k: (-(quota[k] - int(quota[k])), -int(sizes[k])))
    while sum(alloc.values()) < n:
        for k in by_remainder:
            if sum(alloc.values()) < n and alloc[k] < sizes[k]:
                alloc[k] += 1
    while sum(alloc.values()) > n:  # the floor of one pushed us over: take from the largest strata
        k = max(alloc, key=lambda k: (alloc[k], -quota[k]))
        alloc[k] -= 1
    return alloc


def sample_for_coding(
    analysis: Any,
    n: int = 20,
    random_state: int | None = 0,
    path: str | Path | None = None,
    *,
    strata: str = "kind",
) -> pd.DataFrame:
    """Draw a stratified random sample of quote rows for hand coding, and write it to CSV.

    Parameters
    ----------
    analysis : an :class:`~discourse.pipeline.Analysis` (or a quotes table with a ``context`` column).
    n : sample size (all rows when there are fewer).
    random_state : seed, so the sample can be drawn again.
    path : CSV file to write (optional).
    strata : column to stratify by (proportional allocation), default ``kind``.

    Returns the sample: ``article_id, quote_id, kind, speaker, speaker_mention, cue, text, context`` and
    empty coding columns ``is_attribution, span_ok, speaker_ok, kind_ok`` (code 1/0) and ``notes``.
    """
    q = getattr(analysis, "quotes", analysis)
    if not isinstance(q, pd.DataFrame):
        raise TypeError(f"analysis: expected an Analysis or a quotes DataFrame, got {type(analysis).__name__}")
    if not isinstance(n, int) or n < 1:
        raise ValueError(f"n: expected a positive int, got {n!r}")
    if strata not in q.columns:
        raise ValueError(f"strata: no column {strata!r} in the quotes table")
    rng = np.random.default_rng(random_state)
    if len(q):
        alloc = _allocate(q[strata].fillna("NA").value_counts(), n)
        picks = []
        for k, m in alloc.items():
            idx = q.index[q[strata].fillna("NA") == k].to_numpy()
            picks.extend(rng.choice(idx, size=m, replace=False).tolist())
        sample = q.loc[sorted(picks)].copy()
    else:
        sample = q.copy()
    sents = getattr(analysis, "sentences", None)
    if "context" not in sample.columns:
        sample["context"] = _contexts(sample, sents) if sents is not None else sample["text"]
    keep = [c for c in ["article_id", "quote_id", "kind", "speaker", "speaker_mention", "cue", "text", "context"]
            if c in sample.columns]
    sample = sample[keep].reset_index(drop=True)
    for c in CODING_COLUMNS:
        sample[c] = pd.Series([pd.NA] * len(sample), dtype="object")
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        sample.to_csv(path, index=False)
    return sample


def _contexts(sample: pd.DataFrame, sents: pd.DataFrame) -> list[str]:
    """The sentences a quote overlaps, plus the one before, joined: what a coder needs to judge it."""
    out = []
    for r in sample.itertuples():
        s = sents[sents["article_id"] == r.article_id]
        hit = s[(s["end"] > r.start - 300) & (s["start"] < r.end)]
        out.append(" ".join(hit["text"].tolist()[-6:]))
    return out


def read_coding(path: str | Path) -> pd.DataFrame:
    """Read a coded sample back (CSV from :func:`sample_for_coding`, filled in by hand)."""
    df = pd.read_csv(path)
    missing = [c for c in CODING_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"path: {path} lacks the coding columns {missing}; was it written by sample_for_coding?")
    for c in CODING_COLUMNS[:-1]:
        df[c] = pd.to_numeric(df[c], errors="coerce")
    return df


def _wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return max(0.0, mid - half), min(1.0, mid + half)


def coding_summary(coded: pd.DataFrame) -> pd.DataFrame:
    """Share of coded rows judged correct on each coding column, with Wilson 95% intervals.

    One row per column: ``measure, n_coded, n_correct, share, ci_low, ci_high``. Uncoded cells are ignored.
    """
    rows = []
    for c in CODING_COLUMNS[:-1]:
        vals = coded[c].dropna() if c in coded else pd.Series(dtype=float)
        k, m = int((vals == 1).sum()), int(len(vals))
        lo, hi = _wilson(k, m)
        rows.append({"measure": c, "n_coded": m, "n_correct": k, "share": k / m if m else float("nan"),
                     "ci_low": lo, "ci_high": hi})
    return pd.DataFrame(rows)
