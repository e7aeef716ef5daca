"""An article as HTML with its quotes, cues, hedges and boosters marked: the rows, back in their text.

``show(analysis, article_id)`` returns an :class:`ArticleView` that displays itself in JupyterLab and
writes a standalone page with ``.to_html(path)``. Each quote is highlighted in its speaker's colour, cues are
bold, hedges have a dashed underline and boosters a double one; hovering a quote shows its kind, speaker
and cue. Everything is escaped; the page needs no script or network.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .schema import segment_spans

__all__ = ["show", "ArticleView"]

# Light backgrounds that keep black text readable (ColorBrewer Pastel1 + Set3).
PALETTE = ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec",
           "#8dd3c7", "#bebada", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd"]
NO_SPEAKER = "(no speaker)"

CSS = """
.dc-article{font-family:Georgia,serif;line-height:1.6;max-width:46em}
.dc-article h3{font-family:sans-serif;margin-bottom:.2em}
.dc-meta{font-family:sans-serif;color:#555;font-size:.85em;margin-bottom:1em}
.dc-text{white-space:pre-wrap}
.dc-q{border-radius:3px;padding:1px 0}
.dc-spk{font-style:italic}
.dc-cue{font-weight:bold;border-bottom:2px solid #333}
.dc-hedge{text-decoration:underline dashed #1f77b4 2px;text-underline-offset:3px}
.dc-booster{text-decoration:underline double #d62728 2px;text-underline-offset:3px}
.dc-legend{font-family:sans-serif;font-size:.85em;margin:.5em 0 1em 0}
.dc-legend span{display:inline-block;margin:0 .8em .3em 0;padding:0 .3em}
"""


@dataclass
class ArticleView:
    """HTML of one article with its annotations; shows itself in Jupyter."""

    body: str
    title: str

    def _repr_html_(self) -> str:
        return f"<style>{CSS}</style>{self.body}"

    def html(self) -> str:
        """A standalone HTML page."""
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(self.title)}</title>"
                f"<style>{CSS}</style></head><body>{self.body}</body></html>")

    def to_html(self, path: str | Path) -> Path:
        """Write the standalone page to ``path`` and return it."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.html(), encoding="utf-8")
        return path


def _rows(table: Any, article_id: Any) -> pd.DataFrame:
    if table is None or not len(table):
        return pd.DataFrame(columns=["start", "end"])
    return table[table["article_id"] == article_id]


def speaker_colors(quotes: pd.DataFrame) -> dict[str, str]:
    """A stable colour per speaker (most quoted first)."""
    names = quotes["speaker"].fillna(NO_SPEAKER).value_counts().index.tolist() if len(quotes) else []
    return {n: PALETTE[i % len(PALETTE)] for i, n in enumerate(names)}


def show(analysis: Any, article_id: Any = None, *, colors: dict[str, str] | None = None) -> ArticleView:
    """The article ``article_id`` (default: the first) with quotes, cues, hedges and boosters marked.

    ``analysis`` is an :class:`~discourse.pipeline.Analysis`. Colours are per speaker across the whole
    analysis unless ``colors`` maps speaker names to CSS colours.
    """
    arts = getattr(analysis, "articles", None)
    if not isinstance(arts, pd.DataFrame):
        raise TypeError(f"analysis: expected an Analysis, got {type(analysis).__name__}")
    if not len(arts):
        raise ValueError("analysis: it has no articles")
    if article_id is None:
        article_id = arts["article_id"].iloc[0]
    match = arts[arts["article_id"] == article_id]
    if not len(match):
        examples = arts["article_id"].head(3).tolist()
        raise ValueError(f"article_id: {article_id!r} is not in the analysis; e.g. {examples}")
    art = match.iloc[0]
    text = art["text"] if isinstance(art["text"], str) else ""
    quotes = _rows(getattr(analysis, "quotes", None), article_id)
    hedges = _rows(getattr(analysis, "hedges", None), article_id)
    palette = colors or speaker_colors(getattr(analysis, "quotes", pd.DataFrame()))
    body = _annotate(text, quotes, hedges, palette)
    title = str(art["title"]) if pd.notna(art.get("title")) else str(article_id)
    meta = " · ".join(str(v) for v in (art.get("source"), _date(art.get("date")), article_id) if _present(v))
    used = quotes["speaker"].fillna(NO_SPEAKER).unique().tolist() if len(quotes) else []
    legend = "".join(f"<span style='background:{palette.get(s, '#eee')}'>{html.escape(s)}</span>" for s in used)
    legend += ("<span class='dc-cue'>cue</span><span class='dc-hedge'>hedge</span>"
               "<span class='dc-booster'>booster</span>")
    page = (f"<div class='dc-article'><h3>{html.escape(title)}</h3><div class='dc-meta'>{html.escape(meta)}</div>"
            f"<div class='dc-legend'>{legend}</div>{body}</div>")
    return ArticleView(page, title)


def _present(v: Any) -> bool:
    return v is not None and not (isinstance(v, float) and pd.isna(v)) and v is not pd.NaT and str(v) != ""


def _date(v: Any) -> str | None:
    return v.strftime("%d %B %Y") if isinstance(v, pd.Timestamp) and not pd.isna(v) else None


def _open(layer: tuple[int, int, str, str]) -> str:
    _, _, cls, tip = layer
    title = html.escape(tip, quote=True)
    if cls.startswith("q:"):
        return f"<span class='dc-q' style='background:{cls[2:]}' title='{title}'>"
    if cls == "spk":
        return f"<span class='dc-spk' title='{title}'>"
    return f"<span class='{cls}' title='{title}'>"


def _annotate(text: str, quotes: pd.DataFrame, hedges: pd.DataFrame, palette: dict[str, str]) -> str:
    """Cut the text at every span boundary and wrap each piece in the spans covering it."""
    layers: list[tuple[int, int, str, str]] = []  # (start, end, css class or style, title)
    for r in quotes.itertuples(index=False):
        spk = r.speaker if isinstance(r.speaker, str) else NO_SPEAKER
        tip = f"{r.kind} quote · speaker: {spk}" + (f" · cue: {r.cue}" if isinstance(r.cue, str) else "")
        for a, b in segment_spans(r):  # an interrupted quote is coloured part by part
            layers.append((a, b, f"q:{palette.get(spk, '#eee')}", tip))
        if pd.notna(r.cue_start):
            layers.append((int(r.cue_start), int(r.cue_end), "dc-cue", f"cue: {r.cue}"))
        if pd.notna(getattr(r, "speaker_start", None)):
            layers.append((int(r.speaker_start), int(r.speaker_end), "spk", f"speaker mention → {spk}"))
    for r in hedges.itertuples(index=False):
        layers.append((int(r.start), int(r.end), f"dc-{r.category}", f"{r.category}: {r.type}"))
    # one speaker mention can serve two quotes: identical layers are drawn once
    layers = list(dict.fromkeys((max(0, a), min(len(text), b), c, t) for a, b, c, t in layers if a < b))
    # Open outer spans first (longer first at the same start) and close inner ones first; a span that
    # crosses another is closed and reopened, so the markup stays well nested.
    layers.sort(key=lambda L: (L[0], -L[1]))
    cuts = sorted({0, len(text), *[a for a, _, _, _ in layers], *[b for _, b, _, _ in layers]})
    out: list[str] = []
    stack: list[tuple[int, int, str, str]] = []
    nxt = 0
    for i, pos in enumerate(cuts):
        if i:
            out.append(html.escape(text[cuts[i - 1]:pos]))
        ending = [k for k, L in enumerate(stack) if L[1] == pos]
        if ending:
            reopen = [L for L in stack[ending[0]:] if L[1] != pos]
            out.extend("</span>" for _ in stack[ending[0]:])
            del stack[ending[0]:]
            for L in reopen:
                out.append(_open(L))
                stack.append(L)
        while nxt < len(layers) and layers[nxt][0] == pos:
            out.append(_open(layers[nxt]))
            stack.append(layers[nxt])
            nxt += 1
    out.extend("</span>" for _ in stack)
    # pre-wrap keeps the article's own line breaks, so spans may cross paragraphs without breaking the markup
    return "<div class='dc-text'>" + "".join(out) + "</div>"
