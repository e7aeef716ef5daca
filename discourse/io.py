"""Reading articles: files, directories, globs, DataFrames and lists of strings into the articles table.

Formats are recognised by file extension, and by content for files without a known one:

* plain text and Markdown news exports (``.txt``, ``.md``): a title line, optional ``---`` separators and a
  date line, emphasis and link markup removed (link text kept), boilerplate lines removed with the
  patterns in ``resources/boilerplate.txt`` (plus ``boilerplate=`` of your own);
* HTML pages (``.html``, ``.htm``): main text, title, date, author and site with trafilatura
  (Barbaresi 2021, ACL demo), one paragraph per block element;
* tables with one article a row: CSV/TSV, JSON Lines, JSON (a list of records) and Parquet, with a ``text``
  column (``text_col=``) and metadata columns that pass through.

Bytes are decoded as UTF-8, else with the encoding charset-normalizer detects; then mojibake is repaired
and Unicode normalised (:func:`discourse.text.normalize`). This is the only place text is cleaned: every
offset computed later indexes the ``text`` column returned here.
"""

from __future__ import annotations

import glob as _glob
import json
import re
import warnings
from collections.abc import Iterable, Sequence
from os import PathLike
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .pipeline import as_articles
from .text import (
    boilerplate_patterns,
    count_words,
    is_link_only,
    is_rule,
    normalize,
    remove_boilerplate,
    strip_markdown,
)

__all__ = ["read_articles", "decode_bytes", "parse_text_article", "parse_html_article", "clean_markup", "FORMATS"]

FORMATS: dict[str, tuple[str, ...]] = {
    "text": (".txt", ".text", ".md", ".markdown"),
    "html": (".html", ".htm", ".xhtml"),
    "csv": (".csv", ".tsv"),
    "jsonl": (".jsonl", ".ndjson"),
    "json": (".json",),
    "parquet": (".parquet", ".pq"),
    "plain": (),  # only when asked for: the file's text as it is (decoded, normalised), no header or markup
}
_EXT_FORMAT = {ext: fmt for fmt, exts in FORMATS.items() for ext in exts}
_TABLE_FORMATS = {"csv", "jsonl", "json", "parquet"}

# Alternative names of metadata columns in users' tables, mapped onto the schema's names.
_COLUMN_ALIASES = {
    "headline": "title",
    "published": "date",
    "pub_date": "date",
    "publication_date": "date",
    "datetime": "date",
    "link": "url",
    "outlet": "source",
    "publisher": "source",
    "medium": "source",
}


# ---------------------------------------------------------------- decoding
_WESTERN_GUESSES = {"cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "cp437", "mac_iceland", "cp858"}
def decode_bytes(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``raw`` and return ``(text, encoding)``.

    UTF-8 (with or without BOM) is tried first; otherwise charset-normalizer's best guess; as a last
    resort cp1252 with replacement characters, so decoding never fails.
    """
    if encoding:
        return raw.decode(encoding, errors="replace"), encoding
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None and best.encoding and best.encoding not in _WESTERN_GUESSES:
        return str(best), best.encoding
    # Short Western texts are ambiguous between cp1252, Latin-1 and Mac Roman; news exports are almost
    # always cp1252 (the WHATWG default for legacy Western pages), so prefer it when it decodes cleanly.
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    if best is not None and best.encoding:
        return str(best), best.encoding
    return raw.decode("cp1252", errors="replace"), "cp1252"


# ---------------------------------------------------------------- dates and metadata
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)?)?"
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|date|last updated|published time|dateline)\s*(?:on|at|time)?\s*:?\s*)?"
    + _WEEKDAY
    + r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r",?\s+\d{4}"
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})" + _TIME + r"\s*$",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(
    r"^(?:published|updated|posted|date|last updated|published time|dateline)\s*(?:on|at|time)?\s*:?\s*", re.I
)
_FILENAME_META = re.compile(r"^(?P<source>[A-Za-z][\w.\-]{0,40}?)_(?P<date>\d{4}-\d{2}-\d{2})(?:_|$)")
_META_LINE = re.compile(r"^(title|date|source|url|author|by|outlet|published)\s*:\s*(.+)$", re.I)
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'\- ]{1,80}(?:,\s*[\w .'\-]{1,80})?$")
_URL_LINE = re.compile(r"^(?:url\s*:\s*)?https?://\S+$", re.I)


def parse_date(value: Any, dayfirst: bool = True) -> pd.Timestamp:
    """Parse a date string the way news exports write it; ``NaT`` when it cannot be read."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return pd.NaT
    if isinstance(value, pd.Timestamp):
        return value
    s = _DATE_PREFIX.sub("", str(value).strip())
    if not s:
        return pd.NaT
    iso = re.match(r"^\d{4}-\d{2}-\d{2}", s)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ts = pd.to_datetime(s, dayfirst=False if iso else dayfirst, errors="coerce")
        except (ValueError, OverflowError, TypeError):
            return pd.NaT
    if ts is not pd.NaT and ts.tzinfo is not None:
        ts = ts.tz_convert(None)
    return ts


def _is_date_line(line: str) -> bool:
    return len(line) <= 80 and bool(_DATE_LINE.match(line))


def _looks_like_title(line: str) -> bool:
    """A first line is a title when it is short and does not read like the start of running prose."""
    return 0 < len(line) <= 250 and not line.rstrip().endswith((".", ",", ";", ":", "…")) and not _is_date_line(line)


# ---------------------------------------------------------------- text and Markdown articles
def parse_text_article(
    raw: str,
    *,
    dayfirst: bool = True,
    boilerplate: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Split a plain-text or Markdown news export into title, date, metadata and clean body text.

    Recognised header: YAML-style front matter (``---`` / ``key: value`` / ``---``), else a title line
    followed by separators, a date line, a byline or a URL in any order. The body keeps paragraphs
    (blank lines) and line breaks; markup is stripped and boilerplate lines dropped.

    >>> parse_text_article("Big news\\n---\\n30/01/2017\\n\\n**Trends** [Syria](#)\\n\\nIt *happened*.")["text"]
    'It happened.'
    """
    text = normalize(raw)
    lines = text.split("\n")
    meta: dict[str, Any] = {}
    i = _front_matter(lines, meta)
    # skip leading blank lines
    while i < len(lines) and not lines[i].strip():
        i += 1
    if "title" not in meta and i < len(lines):
        first = strip_markdown(lines[i])
        following = next((ln for ln in lines[i + 1 :] if ln.strip()), None)
        if _looks_like_title(first) and following is not None:
            meta["title"] = first
            i += 1
    # header lines after the title: separators, date, byline, URL, "key: value"
    while i < len(lines):
        raw_line = lines[i]
        line = strip_markdown(raw_line)
        if not raw_line.strip() or is_rule(raw_line):
            i += 1
            continue
        if _is_date_line(line) and "date" not in meta:
            meta["date"] = line
        elif _BYLINE.match(line) and "author" not in meta:
            meta["author"] = line[3:].strip()
        elif _URL_LINE.match(line) and "url" not in meta:
            meta["url"] = line.split(":", 1)[1].strip() if line.lower().startswith("url") else line
        elif (m := _META_LINE.match(line)) and len(line) < 300:
            key = m.group(1).lower()
            key = {"by": "author", "outlet": "source", "published": "date"}.get(key, key)
            meta.setdefault(key, m.group(2).strip())
        else:
            break
        i += 1
    meta["text"] = _clean_body(lines[i:], boilerplate_patterns(boilerplate))
    if "date" in meta:
        meta["date"] = parse_date(meta["date"], dayfirst)
    return meta


def _front_matter(lines: list[str], meta: dict[str, Any]) -> int:
    """Parse ``---``-delimited ``key: value`` front matter; return the index of the first body line."""
    if not lines or lines[0].strip() != "---":
        return 0
    for j in range(1, min(len(lines), 60)):
        if lines[j].strip() in ("---", "..."):
            for ln in lines[1:j]:
                key, sep, value = ln.partition(":")
                if sep and key.strip():
                    meta[key.strip().lower()] = value.strip().strip("\"'")
            return j + 1
        if lines[j].strip() and ":" not in lines[j]:
            return 0
    return 0


def clean_markup(text: str, drop: Sequence[re.Pattern[str]] = ()) -> str:
    """Strip Markdown markup from running text line by line (rules and blank lines become paragraph breaks)
    and drop the lines matching ``drop``; no title, date or boilerplate handling."""
    return _clean_body(text.split("\n"), drop)


def _clean_body(lines: Sequence[str], patterns: Sequence[re.Pattern[str]]) -> str:
    """Strip markup and boilerplate line by line; paragraphs (blank lines, rules) become ``\\n\\n``."""
    paragraphs: list[list[str]] = [[]]
    for raw_line in lines:
        if not raw_line.strip() or is_rule(raw_line):
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        if is_link_only(raw_line):
            continue
        line = strip_markdown(raw_line)
        if not line or not remove_boilerplate([line], patterns):
            continue
        paragraphs[-1].append(line)
    return "\n\n".join("\n".join(p) for p in paragraphs if p)


# ---------------------------------------------------------------- HTML
def parse_html_article(
    html: str,
    *,
    url: str | None = None,
    dayfirst: bool = True,
    boilerplate: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Main text and metadata of an HTML page with trafilatura; paragraphs separated by blank lines."""
    import trafilatura

    html = normalize(html, fix_mojibake=False)
    meta: dict[str, Any] = {}
    doc = None
    if html.strip():
        try:
            doc = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_tables=False
            )
            doc = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else doc
        except Exception:  # trafilatura raises on some malformed trees; fall back to all text
            doc = None
    if doc and doc.get("text"):
        body = doc["text"]
        for key, src in (("title", "title"), ("date", "date"), ("author", "author"), ("source", "sitename"),
                         ("url", "url")):
            if doc.get(src):
                meta[key] = doc[src]
    else:
        body = _html_fallback_text(html)
    lines = normalize(body).split("\n")
    if meta.get("title") and lines and lines[0].strip() == str(meta["title"]).strip():
        lines = lines[1:]  # the page's <h1> repeats the title
    lead = _dropped_lead(html, doc.get("description") if doc else None, body)
    if lead:  # the Kremlin's "Vladimir Putin had a telephone conversation with ...": the page's lead paragraph
        lines = [lead] + lines
    # trafilatura puts one block element per line: each line is a paragraph
    meta["text"] = _clean_body([x for ln in lines for x in (ln, "")], boilerplate_patterns(boilerplate))
    if "date" in meta:
        meta["date"] = parse_date(meta["date"], dayfirst=False)
    return meta


def _dropped_lead(html: str, description: str | None, body: str) -> str | None:
    """The lead paragraph trafilatura left out as the page's summary: the meta description, when it is a
    sentence printed in the page's body too (the Kremlin's ``read__lead``), but not in the extracted text. A
    teaser that only the meta tags hold is no part of the article and stays out."""
    if not description or len(description) > MAX_LEAD_CHARS or not description.rstrip().endswith((".", "!", "?")):
        return None
    want = " ".join(normalize(description).split())
    if want in " ".join(body.split()):
        return None
    visible = " ".join(normalize(_html_fallback_text(html)).split())
    return want if want in visible else None


# Longest meta description taken as a dropped lead paragraph (characters).
MAX_LEAD_CHARS = 600


def _html_fallback_text(html: str) -> str:
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        return tree.text_content()
    except Exception:
        return re.sub(r"<[^<>]{0,2000}>", " ", html)


def _sniff(raw: bytes) -> str:
    head = raw[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head:
        return "html"
    if head.startswith(b"par1") or raw[:4] == b"PAR1":
        return "parquet"
    return "text"


# ---------------------------------------------------------------- tables
def _read_table(path: Path, fmt: str, text_col: str) -> pd.DataFrame:
    if fmt == "csv":
        sep = "\t" if path.suffix.lower() == ".tsv" else ","
        raw = path.read_bytes()
        text, _ = decode_bytes(raw)
        from io import StringIO

        df = pd.read_csv(StringIO(text), sep=sep, dtype=str, keep_default_na=False, na_values=[""])
    elif fmt == "jsonl":
        text, _ = decode_bytes(path.read_bytes())
        records = [json.loads(ln) for ln in text.splitlines() if ln.strip()]
        df = pd.DataFrame.from_records(records)
    elif fmt == "json":
        text, _ = decode_bytes(path.read_bytes())
        obj = json.loads(text)
        if isinstance(obj, dict):
            obj = obj.get("articles", obj.get("data", [obj]))
        if not isinstance(obj, list):
            raise ValueError(f"{path}: expected a JSON list of records")
        df = pd.DataFrame.from_records(obj)
    else:
        df = pd.read_parquet(path)
    df = df.rename(columns={k: v for k, v in _COLUMN_ALIASES.items() if k in df.columns and v not in df.columns})
    if text_col not in df.columns:
        raise ValueError(
            f"{path}: no {text_col!r} column (set text_col=); columns found: {list(map(str, df.columns))}"
        )
    return df


# ---------------------------------------------------------------- sources
def _expand_source(source: Any) -> tuple[list[Path], Path | None]:
    """Paths to read and the root their ids are relative to."""
    if isinstance(source, str | PathLike):
        s = str(source)
        p = Path(s).expanduser()
        if p.is_dir():
            files = sorted(
                (f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in _EXT_FORMAT
                 and not f.name.startswith(".")),
                key=lambda f: f.relative_to(p).as_posix(),
            )
            return files, p
        if p.is_file():
            return [p], p.parent
        if _glob.has_magic(s):
            files = sorted(Path(f) for f in _glob.glob(s, recursive=True) if Path(f).is_file())
            if not files:
                raise FileNotFoundError(f"source: no files match {s!r}")
            return files, None
        raise FileNotFoundError(f"source: no such file or directory: {s!r}")
    paths = [Path(x).expanduser() for x in source]
    missing = [str(x) for x in paths if not x.exists()]
    if missing:
        raise FileNotFoundError(f"source: no such file(s): {missing[:5]}")
    out: list[Path] = []
    for x in paths:
        out.extend(_expand_source(x)[0] if x.is_dir() else [x])
    return out, None


def _file_ids(files: list[Path], root: Path | None) -> list[str]:
    """Stable, unique ids: the path relative to the root without extension (or the stem)."""
    if root is not None:
        ids = [f.relative_to(root).with_suffix("").as_posix() for f in files]
    else:
        ids = [f.stem for f in files]
    if len(set(ids)) < len(ids):  # same stem in two places: fall back to fuller paths
        ids = [f.with_suffix("").as_posix() for f in files]
    if len(set(ids)) < len(ids):  # same path with two extensions
        ids = [f.as_posix() for f in files]
    return ids


def _format_of(path: Path, format: str | None) -> str:
    if format is not None:
        return format
    fmt = _EXT_FORMAT.get(path.suffix.lower())
    if fmt is None:
        if path.suffix:
            raise ValueError(
                f"source: unsupported file format {path.suffix!r} ({path}); supported: "
                + ", ".join(sorted(_EXT_FORMAT))
                + " (or pass format=)"
            )
        return _sniff(path.read_bytes()[:4096])
    return fmt


def _filename_meta(stem: str) -> dict[str, Any]:
    m = _FILENAME_META.match(stem)
    if not m:
        return {}
    return {"source": m.group("source"), "date": parse_date(m.group("date"), dayfirst=False)}


def _read_file(
    path: Path, aid: str, fmt: str, *, text_col: str, id_col: str | None, dayfirst: bool,
    boilerplate: Iterable[str] | None, encoding: str | None,
) -> list[dict[str, Any]]:
    if fmt in _TABLE_FORMATS:
        df = _read_table(path, fmt, text_col)
        return _table_records(df, aid, text_col=text_col, id_col=id_col, dayfirst=dayfirst, path=path)
    raw = path.read_bytes()
    text, enc = decode_bytes(raw, encoding)
    if fmt == "html":
        rec = parse_html_article(text, dayfirst=dayfirst, boilerplate=boilerplate)
    elif fmt == "text":
        rec = parse_text_article(text, dayfirst=dayfirst, boilerplate=boilerplate)
    elif fmt == "plain":
        rec = {"text": normalize(text).strip()}
    else:
        raise ValueError(f"format: expected one of {sorted(FORMATS)}, got {fmt!r}")
    for k, v in _filename_meta(path.stem).items():
        if pd.isna(rec.get(k)):
            rec[k] = v
    rec.update({"article_id": aid, "path": path.as_posix(), "encoding": enc})
    return [rec]


def _table_records(
    df: pd.DataFrame, prefix: str | None, *, text_col: str, id_col: str | None, dayfirst: bool,
    path: Path | None = None,
) -> list[dict[str, Any]]:
    if id_col is None:
        id_col = next((c for c in ("article_id", "id", "doc_id") if c in df.columns), None)
    elif id_col not in df.columns:
        raise ValueError(f"id_col: no column {id_col!r}; columns found: {list(map(str, df.columns))}")
    records = df.to_dict("records")
    out = []
    for i, r in enumerate(records):
        rec = dict(r)
        value = rec.pop(text_col, None)
        if isinstance(value, bytes):
            value = decode_bytes(value)[0]
        rec["text"] = normalize(value) if isinstance(value, str) else ""
        if id_col is not None:
            rec["article_id"] = rec.pop(id_col) if id_col != "article_id" else rec["article_id"]
        else:
            rec["article_id"] = f"{prefix}:{i}" if prefix is not None else i
        if "date" in rec:
            rec["date"] = parse_date(rec["date"], dayfirst)
        if path is not None:
            rec.setdefault("path", path.as_posix())
        out.append(rec)
    return out


def read_articles(
    source: Any,
    *,
    text_col: str = "text",
    id_col: str | None = None,
    format: str | None = None,
    dayfirst: bool = True,
    boilerplate: Iterable[str] | None = None,
    encoding: str | None = None,
) -> pd.DataFrame:
    """Read articles into the articles table (one row per article).

    Parameters
    ----------
    source : a file, a directory (read recursively, in sorted order), a glob pattern, a list of paths,
        a DataFrame with a text column (metadata columns pass through) or a list of strings.
    text_col : name of the text column in tables (CSV, JSON Lines, JSON, Parquet, DataFrame).
    id_col : column with article ids in tables (default: ``article_id``, ``id`` or ``doc_id`` if present,
        else ``<file stem>:<row>``).
    format : force a format (``text``, ``html``, ``csv``, ``jsonl``, ``json``, ``parquet``) instead of
        recognising it from the file extension; ``plain`` keeps a file's whole text as it is (decoded and
        normalised, no title, date, markup or boilerplate handling), e.g. for speeches.
    dayfirst : read ambiguous dates such as ``03/04/2017`` as day/month (default, as in ``dd/mm/yyyy``
        exports); ISO dates are never ambiguous.
    boilerplate : extra regular expressions for boilerplate lines, added to ``resources/boilerplate.txt``.
    encoding : force an encoding instead of detecting it.

    Returns
    -------
    DataFrame with ``article_id, title, date, source, url, text, n_words`` first (``date`` is
    ``datetime64``, NaT when unknown), then metadata (``path``, ``encoding``, ``author``, table columns).
    Files that could not be read keep a row with empty text; their reasons are in
    ``result.attrs["errors"]`` (article_id, stage, message) and in a warning, and ``analyze`` carries them
    into ``Analysis.errors``.

    Examples
    --------
    >>> arts = read_articles(["Russia may support it, Lavrov said.", None])
    >>> arts[["article_id", "n_words"]].values.tolist()
    [[0, 6], [1, 0]]
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"format: expected one of {sorted(FORMATS)}, got {format!r}")
    errors: list[dict[str, Any]] = []
    records: list[dict[str, Any]]
    if isinstance(source, pd.DataFrame):
        df = source.rename(
            columns={k: v for k, v in _COLUMN_ALIASES.items() if k in source.columns and v not in source.columns}
        )
        if text_col not in df.columns:
            raise ValueError(
                f"source: DataFrame has no {text_col!r} column; columns found: {list(map(str, df.columns))}"
            )
        records = _table_records(df, None, text_col=text_col, id_col=id_col, dayfirst=dayfirst)
    elif isinstance(source, pd.Series) or (
        isinstance(source, list | tuple) and source and all(_is_text_item(x) for x in source)
        and not all(isinstance(x, str) and _looks_like_path(x) for x in source)
    ):
        base = as_articles(list(source), argname="source")
        records = [{"article_id": a, "text": normalize(t)} for a, t in zip(base["article_id"], base["text"],
                                                                             strict=True)]
    elif isinstance(source, str | PathLike | list | tuple):
        pairs = list_files(source) if not (isinstance(source, list | tuple) and not source) else []
        explicit = not isinstance(source, str | PathLike) or len(pairs) == 1
        records, errors = read_files(pairs, explicit=explicit, text_col=text_col, id_col=id_col, format=format,
                                     dayfirst=dayfirst, boilerplate=boilerplate, encoding=encoding)
    else:
        raise TypeError(
            "source: expected a path, a glob, a list of paths, a DataFrame with a text column or a list of "
            f"strings; got {type(source).__name__}"
        )
    return articles_table(records, errors)


def list_files(source: str | PathLike | Sequence[str | PathLike]) -> list[tuple[Path, str]]:
    """The files a source names, in reading order, each with its stable ``article_id``."""
    files, root = _expand_source(source)
    return list(zip(files, _file_ids(files, root), strict=True))


def read_files(
    pairs: Sequence[tuple[Path, str]], *, explicit: bool = True, text_col: str = "text", id_col: str | None = None,
    format: str | None = None, dayfirst: bool = True, boilerplate: Iterable[str] | None = None,
    encoding: str | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Records and read errors for ``(path, article_id)`` pairs. A file that fails keeps a record with empty
    text and an error; with ``explicit`` (the user named the files) an unsupported format raises."""
    records: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for path, aid in pairs:
        try:
            fmt = _format_of(path, format)
        except ValueError:
            if explicit:
                raise
            continue  # a directory may hold other files; only explicit paths must be readable
        try:
            records.extend(_read_file(path, aid, fmt, text_col=text_col, id_col=id_col, dayfirst=dayfirst,
                                      boilerplate=boilerplate, encoding=encoding))
        except Exception as exc:
            if explicit and len(pairs) == 1:
                raise
            records.append({"article_id": aid, "text": "", "path": path.as_posix()})
            errors.append({"article_id": aid, "stage": "read", "message": f"{type(exc).__name__}: {exc}"})
    return records, errors


def articles_table(records: list[dict[str, Any]], errors: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """The articles table from read records: unique ids, word counts, schema columns first; read errors in
    ``attrs["errors"]`` (and a warning)."""
    errors = errors or []
    df = pd.DataFrame.from_records(records) if records else schema.empty("articles")
    if len(df):
        if df["article_id"].duplicated().any():
            dups = df.loc[df["article_id"].duplicated(), "article_id"].head(5).tolist()
            raise ValueError(f"source: article ids must be unique; duplicated: {dups}")
        df["n_words"] = [count_words(t) for t in df["text"]]
    out = schema.conform(df, "articles")
    out.attrs["errors"] = schema.conform(pd.DataFrame(errors), "errors")
    if errors:
        warnings.warn(
            f"read_articles: {len(errors)} file(s) could not be read and have empty text; "
            "see result.attrs['errors']",
            stacklevel=3,
        )
    return out


def _is_text_item(x: Any) -> bool:
    return x is None or isinstance(x, str) or (isinstance(x, float) and pd.isna(x))


def _looks_like_path(x: str) -> bool:
    """A list item is a path (not an article's text) when it is one short line that names an existing
    file or directory, a glob, or a file with a supported extension."""
    if len(x) > 1024 or "\n" in x or not x.strip():
        return False
    if Path(x).suffix.lower() in _EXT_FORMAT or _glob.has_magic(x):
        return True
    try:
        return Path(x).expanduser().exists()
    except OSError:
        return False
