"""Loaders for the bundled data and for corpora political scientists use.

Each loader returns the articles table (columns in ``discourse.schema``) with the corpus's metadata as
extra columns, so its result goes straight into :func:`discourse.analyze`.

=====================  ==============================================================================
``load_seed()``         the seed article (RT, 30 January 2017) in ``data/articles/``
``load_course()``       the fictional teaching corpus in ``data/course/`` (metadata from its index.csv)
``load_ungdc(root)``    UN General Debate Corpus (Jankin, Baturo & Dasandi; Baturo, Dasandi & Mikhaylov
                        2017), as distributed: ``TXT/Session NN - YYYY/ISO_NN_YYYY.txt`` and
                        ``Speakers_by_session.xlsx``
``read_wikinews_csv``   the Wikinews CSV export (columns url, date, title, text; van Atteveldt's scrape)
``read_brat(root)``     brat standoff annotations (``.txt`` + ``.ann``), e.g. PolNeAR (Newell et al. 2018):
                        articles and gold attributions
=====================  ==============================================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from . import schema
from .io import clean_markup, parse_date, read_articles
from .text import count_words

__all__ = [
    "DATA_DIR",
    "load_seed",
    "load_course",
    "course_gold",
    "load_ungdc",
    "read_wikinews_csv",
    "read_brat",
    "GOLD_COLUMNS",
]

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

# Gold attributions read from brat or JSON annotations: one row per attribution.
GOLD_COLUMNS = {
    "article_id": "object",
    "gold_id": "int64",
    "kind": "str",
    "text": "str",
    "start": "int64",
    "end": "int64",
    "speaker": "str",
    "speaker_mention": "str",
    "speaker_start": "float64",
    "speaker_end": "float64",
    "cue": "str",
    "cue_start": "float64",
    "cue_end": "float64",
}


def _data_path(*parts: str) -> Path:
    p = DATA_DIR.joinpath(*parts)
    if not p.exists():
        raise FileNotFoundError(
            f"{p} not found: the bundled data lives in the project's data/ folder; install discourse from "
            "a clone of the repository (pip install -e .) to use it"
        )
    return p


def safe_join(root: Path, relative: str) -> Path:
    """``root / relative``, refusing paths (from a user's index file) that escape ``root``."""
    path = (root / relative).resolve()
    if not path.is_relative_to(root.resolve()):
        raise ValueError(f"file: {relative!r} points outside {str(root)!r}")
    return path


def course_gold() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Gold attributions and hedge/booster cues of the teaching corpus, located in ``load_course()``'s text
    (``(quotes_gold, hedges_gold)``, see :func:`discourse.evaluate.read_gold_json`)."""
    from .evaluate import read_gold_json

    return read_gold_json(_data_path("course", "gold"), load_course())


def load_seed() -> pd.DataFrame:
    """The seed article: RT, 30 January 2017, "Lavrov: Syria 'safe zones' possible if Damascus agrees"."""
    return read_articles(_data_path("articles"))


def load_course() -> pd.DataFrame:
    """The fictional teaching corpus (``data/course/``), with ``type``, ``government`` and outlet as
    ``source`` from its ``index.csv``. See ``data/course/README.md`` for the scenario and the cast."""
    root = _data_path("course")
    index = pd.read_csv(root / "index.csv", dtype=str, keep_default_na=False)
    articles = read_articles([safe_join(root, f) for f in index["file"]])
    meta = index.set_index("article_id")
    for col in meta.columns:
        if col in ("file", "article_id"):
            continue
        values = articles["article_id"].map(meta[col])
        if col == "outlet":
            articles["source"] = values.astype("str")
        elif col == "date":
            articles["date"] = pd.to_datetime(values, errors="coerce").astype("datetime64[ns]")
        elif col == "title":
            articles["title"] = values.where(values.astype(bool), articles["title"]).astype("str")
        else:
            articles[col] = values
    return articles


# ---------------------------------------------------------------- UN General Debate Corpus
_UNGDC_FILE = re.compile(r"^(?P<iso>[A-Z]{3}|EU)_(?P<session>\d{1,3})_(?P<year>\d{4})$")
_PAGE_MARKER = re.compile(r"page \d+(?:\s*\(continued\))?\s*:?\s*$", re.I)
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|H\.?\s?E|Sheikh|Prince|Sir)\.?\s+)+", re.I)


def _canonical_countries(speakers: pd.DataFrame) -> dict[str, str]:
    """One country name per ISO code: the name used in the most recent session ("Russian Federation"
    and "Russia" become one)."""
    latest = speakers.sort_values("year").groupby("iso")["country"].last()
    return latest.to_dict()


def _read_ungdc_speakers(path: Path) -> pd.DataFrame:
    sp = pd.read_excel(path) if path.suffix.lower() in (".xlsx", ".xls") else pd.read_csv(path)
    rename = {"Year": "year", "Session": "session", "ISO Code": "iso", "Country": "country",
              "Name of Person Speaking": "speaker", "Post": "post"}
    missing = [c for c in rename if c not in sp.columns]
    if missing:
        raise ValueError(f"{path}: expected columns {list(rename)}; missing {missing}; found {list(sp.columns)}")
    sp = sp.rename(columns=rename)[list(rename.values())]
    for c in ("iso", "country", "speaker", "post"):
        sp[c] = sp[c].astype("str").str.strip().where(sp[c].notna())
    sp["speaker"] = sp["speaker"].str.replace(_HONORIFIC, "", regex=True).str.strip()
    sp["year"] = pd.to_numeric(sp["year"], errors="coerce").astype("Int64")
    sp["session"] = pd.to_numeric(sp["session"], errors="coerce").astype("Int64")
    return sp.dropna(subset=["iso", "year"]).drop_duplicates(["iso", "year"], keep="first")


def load_ungdc(
    root: str | Path,
    countries: Iterable[str] | None = None,
    years: Iterable[int] | range | None = None,
) -> pd.DataFrame:
    """Speeches of the UN General Debate Corpus as distributed on Harvard Dataverse (doi:10.7910/DVN/0TJX8Y).

    Parameters
    ----------
    root : the folder with ``TXT/`` (``Session NN - YYYY/ISO_NN_YYYY.txt``) and, optionally,
        ``Speakers_by_session.xlsx``.
    countries : ISO 3166-1 alpha-3 codes to keep (e.g. ``["RUS", "USA", "SYR"]``); default all.
    years : years to keep (e.g. ``range(2011, 2025)``); default all.

    Returns
    -------
    The articles table with ``country`` (ISO code), ``country_name`` (one cleaned name per code),
    ``year``, ``session``, ``speaker`` and ``post`` (from the spreadsheet; missing when it has no row),
    ``source = "UN General Debate"`` and ``date`` (1 September of the year: the debate's month, not the
    exact day). ``article_id`` is the file stem, e.g. ``RUS_72_2017``.
    """
    root = Path(root).expanduser()
    txt = root / "TXT" if (root / "TXT").is_dir() else root
    if not txt.is_dir():
        raise FileNotFoundError(f"root: no such folder {str(root)!r} (expected TXT/Session NN - YYYY/...)")
    keep_c = {c.upper() for c in countries} if countries is not None else None
    keep_y = {int(y) for y in years} if years is not None else None
    files = []
    for f in sorted(txt.rglob("*.txt")):
        m = _UNGDC_FILE.match(f.stem)
        if not m:
            continue
        if keep_c is not None and m["iso"] not in keep_c:
            continue
        if keep_y is not None and int(m["year"]) not in keep_y:
            continue
        files.append((f, m))
    if not files:
        articles = schema.empty("articles")
        for c in ("country", "country_name", "year", "session", "speaker", "post"):
            articles[c] = pd.Series(dtype="object")
        return articles
    # A UN speech has no title or date line: the whole file is the speech. Recent files carry Markdown
    # (bold, "### Page 3:" markers, rules) from their conversion: strip it so it never reaches the analysis.
    articles = read_articles([f for f, _ in files], format="plain")
    articles["text"] = pd.Series([clean_markup(t, [_PAGE_MARKER]) for t in articles["text"]], dtype="str")
    articles["n_words"] = [count_words(t) for t in articles["text"]]
    articles["article_id"] = [f.stem for f, _ in files]
    articles["title"] = pd.Series([pd.NA] * len(articles), dtype="str")
    articles["country"] = [m["iso"] for _, m in files]
    articles["year"] = [int(m["year"]) for _, m in files]
    articles["session"] = [int(m["session"]) for _, m in files]
    articles["date"] = pd.to_datetime([f"{y}-09-01" for y in articles["year"]]).astype("datetime64[ns]")
    articles["source"] = "UN General Debate"
    sheet = next((p for p in (root / "Speakers_by_session.xlsx", root / "Speakers_by_session.csv") if p.exists()),
                 None)
    if sheet is not None:
        sp = _read_ungdc_speakers(sheet)
        names = _canonical_countries(sp)
        look = sp.set_index(["iso", "year"])
        keys = list(zip(articles["country"], articles["year"], strict=True))
        articles["country_name"] = [names.get(c) for c in articles["country"]]
        articles["speaker"] = [look["speaker"].get(k) for k in keys]
        articles["post"] = [look["post"].get(k) for k in keys]
    else:
        articles["country_name"] = articles["speaker"] = articles["post"] = None
    return articles


# ---------------------------------------------------------------- Wikinews
_WIKINEWS_DATELINE = re.compile(
    r"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+\w+\s+\d{1,2},\s+\d{4}\s*\n+", re.I
)


def read_wikinews_csv(path: str | Path | Iterable[str | Path]) -> pd.DataFrame:
    """Wikinews articles from CSV files with columns ``url, date, title, text`` (one article a row).

    The leading dateline ("Friday, January 4, 2019") is removed from the text (the date is in ``date``).
    ``article_id`` is ``<file stem>:<row>``. Accepts one path, a glob or a list of paths.
    """
    articles = read_articles(path if isinstance(path, str | Path) else list(path), format="csv")
    articles["text"] = [_WIKINEWS_DATELINE.sub("", t, count=1) for t in articles["text"]]
    articles["n_words"] = [count_words(t) for t in articles["text"]]
    articles["source"] = articles["source"].fillna("Wikinews")
    return articles


# ---------------------------------------------------------------- brat standoff
def _parse_ann(text: str) -> list[dict]:
    """Attributions from brat ``.ann`` text: T lines (spans) and E lines (Attribution events)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, rng = parts[1].partition(" ")
            try:
                frags = [tuple(int(x) for x in f.split()) for f in rng.split(";")]
            except ValueError:
                continue
            if all(len(f) == 2 for f in frags):
                spans[parts[0]] = (label, frags)
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        src = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        out.append({"content": content[1], "source": src[1] if src else None, "cue": cue[1] if cue else None})
    return out


def _span(frags: list[tuple[int, int]] | None) -> tuple[float, float]:
    if not frags:
        return float("nan"), float("nan")
    return float(min(a for a, _ in frags)), float(max(b for _, b in frags))


_DOUBLE_QUOTES = set('"“”«»„')


def read_brat(root: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles and gold attributions from a brat standoff corpus.

    Two layouts are recognised: PolNeAR's (``root/text/<doc>.txt`` with
    ``root/attributions/<doc>_<annotator>.ann``; the first annotator in sorted order is used) and plain
    brat (``<doc>.txt`` beside ``<doc>.ann``). Returns ``(articles, gold)``: the articles table (text exactly
    as in the file, so the annotation offsets stay valid) and one gold row per attribution with
    ``article_id, gold_id, kind, text, start, end, speaker_mention, speaker_start, speaker_end, cue,
    cue_start, cue_end`` (discontinuous spans are reported by their outer bounds; ``kind`` is ``direct``
    when the content contains a double quotation mark, else ``indirect``).
    """
    root = Path(root).expanduser()
    if not root.is_dir():
        raise FileNotFoundError(f"root: no such folder {str(root)!r}")
    pairs: list[tuple[Path, Path]] = []
    if (root / "text").is_dir():
        ann_dir = root / "attributions" if (root / "attributions").is_dir() else root / "text"
        for txt in sorted((root / "text").glob("*.txt")):
            anns = sorted(ann_dir.glob(txt.stem + "_*.ann")) or sorted(ann_dir.glob(txt.stem + ".ann"))
            if anns:
                pairs.append((txt, anns[0]))
    else:
        for txt in sorted(root.rglob("*.txt")):
            ann = txt.with_suffix(".ann")
            if ann.exists():
                pairs.append((txt, ann))
    ids, texts, gold_rows, errors = [], [], [], []
    for txt, ann in pairs:
        aid = txt.stem
        # Offsets index the file's exact text: no normalisation here.
        text = txt.read_text(encoding="utf-8", errors="replace")
        ids.append(aid)
        texts.append(text)
        try:
            attrs = _parse_ann(ann.read_text(encoding="utf-8", errors="replace"))
        except Exception as exc:  # a malformed .ann loses its gold rows, not the article
            errors.append({"article_id": aid, "stage": "read", "message": f"{ann.name}: {exc}"})
            continue
        for gid, a in enumerate(attrs):
            start, end = _span(a["content"])
            if not (0 <= start < end <= len(text)):
                errors.append({"article_id": aid, "stage": "read", "message": f"{ann.name}: span outside text"})
                continue
            content = text[int(start):int(end)]
            ss, se = _span(a["source"])
            cs, ce = _span(a["cue"])
            gold_rows.append({
                "article_id": aid, "gold_id": gid,
                "kind": "direct" if _DOUBLE_QUOTES & set(content) else "indirect",
                "text": content, "start": int(start), "end": int(end),
                "speaker": None,
                "speaker_mention": text[int(ss):int(se)] if ss == ss else None,
                "speaker_start": ss, "speaker_end": se,
                "cue": text[int(cs):int(ce)] if cs == cs else None, "cue_start": cs, "cue_end": ce,
            })
    articles = read_articles(pd.DataFrame({"article_id": ids, "text": texts}))
    # read_articles normalises text; brat offsets need the file's exact characters.
    articles["text"] = pd.Series(texts, dtype="str")
    articles["source"] = [aid.split("_", 1)[0] if "_" in aid else pd.NA for aid in ids]
    articles["date"] = [parse_date(m.group(0), dayfirst=False) if (m := re.search(r"\d{4}-\d{2}-\d{2}", aid))
                        else pd.NaT for aid in ids]
    articles["date"] = articles["date"].astype("datetime64[ns]")
    articles.attrs["errors"] = schema.conform(pd.DataFrame(errors), "errors")
    return articles, gold_frame(gold_rows)


def gold_frame(rows: list[dict]) -> pd.DataFrame:
    """Gold attribution rows as a DataFrame with :data:`GOLD_COLUMNS`."""
    df = pd.DataFrame(rows, columns=list(GOLD_COLUMNS))
    return df.astype({c: d for c, d in GOLD_COLUMNS.items() if c != "article_id"})
