"""Corpus-level names: :func:`canonicalize` merges variants of one name across a corpus ("Trump",
"President Trump" -> "Donald Trump"), after the articles were resolved one by one; with a registry, names
then become the registry's (:mod:`discourse._speakers.registry`).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from .._quotes.constants import HONORIFICS
from .lexicon import _lexicon, _places, _role_words
from .mentions import NAME_PARTICLES, _leading_qualifiers, parse_mention
from .registry import _apply_registry, read_speakers


def _person_named(speaker: str, name: str) -> bool:
    """Is ``speaker`` read as a person whose name ends with ``name`` ("President Trump", "Trump")?"""
    p = parse_mention(speaker)
    lx = _lexicon()
    low = name.lower()
    if low in lx["org"] or low in lx["source"] or low in lx["group"] or low in lx["title"] or low in _places():
        return False
    return p["kind"] == "person" and bool(p["name"]) and (p["name"] == name or p["name"].endswith(" " + name))


def _is_person_name(name: str) -> bool:
    """A name of capitalised words only, read as a person (no title, organisation or group word)."""
    words = name.split()
    if not words or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return False
    lx = _lexicon()
    nouns = lx["org"] | lx["source"] | lx["group"] | lx["title"]
    if any(w.lower() in nouns for w in words):
        return False  # "Armed Forces", "Supreme Court"
    p = parse_mention(name)
    return p["kind"] == "person" and p["name"] == name


INITIAL_RE = re.compile(r"^[A-Z]\.?$")
# How much more often a full name must appear without a leading capitalised word for that word to go.
PREFIX_RATIO = 5


def _middle_initial_variants(counts: Counter[str], persons: set[str]) -> dict[str, str]:
    """{"Donald J. Trump": "Donald Trump"}: a spelling with middle initials and the plain one become the more
    frequent of the two. Only when the name has one spelling with middle initials: "George W. Bush" and
    "George H. W. Bush" are two people, so neither merges with "George Bush"."""
    groups: dict[str, set[str]] = {}
    for name in counts:
        ws = name.split()
        if name not in persons or len(ws) < 2:
            continue
        key = " ".join([ws[0], *[w for w in ws[1:-1] if not INITIAL_RE.match(w)], ws[-1]])
        groups.setdefault(key, set()).add(name)
    out: dict[str, str] = {}
    for key, names in groups.items():
        with_initials = {n for n in names if n != key and len(n.split()) > len(key.split())}
        if len(names) < 2 or len(with_initials) != 1:
            continue
        top = max(sorted(names), key=lambda n: (counts[n], -len(n)))
        out.update({n: top for n in names if n != top})
    return out


def canonicalize(quotes_df: pd.DataFrame, registry: pd.DataFrame | str | Path | None = None) -> pd.DataFrame:
    """Merge variants of one speaker's name across a corpus; returns a copy of ``quotes_df``.

    Titles, places and nationality adjectives are dropped from person names ("President Trump" -> "Trump",
    "United States President Donald Trump" -> "Donald Trump"), then a person's name becomes the most
    frequent longer person name of the corpus that ends with the same words ("Trump" -> "Donald Trump"),
    and a spelling with middle initials joins the plain one ("Donald J. Trump" -> "Donald Trump") when the
    corpus has only one such spelling.
    Organisations and groups keep their names ("NBC News", "officials"). With a ``registry``, names
    that match a registry name or alias become the registry name and get its group (and role if empty).

    >>> df = pd.DataFrame({"speaker": ["Trump", "Donald Trump", "President Trump", "Donald J. Trump", None]})
    >>> canonicalize(df)["speaker"].tolist()
    ['Donald Trump', 'Donald Trump', 'Donald Trump', 'Donald Trump', nan]
    """
    if not isinstance(quotes_df, pd.DataFrame) or "speaker" not in quotes_df.columns:
        raise ValueError("quotes_df: expected a DataFrame with a 'speaker' column (from discourse.quotes)")
    df = quotes_df.copy()
    role_words = _role_words()
    counts: Counter[str] = Counter()
    base: dict[str, str] = {}
    person_bases: set[str] = set()  # names that the text gives as a person's ("President Trump" -> "Trump")
    for s in df["speaker"].dropna().unique():
        # titles, places and nationality adjectives go ("United States President Donald Trump"), but only
        # from a person's name: "New York Times", "NBC News", "American Civil Liberties Union" stay whole
        ws = str(s).split()
        k = _leading_qualifiers(ws, keep=1)
        while k < len(ws) - 1 and (ws[k].lower().strip(".") in role_words or ws[k].lower().strip(".") in HONORIFICS):
            k += 1
        rest = ws[k:]
        titled = any(w.lower().strip(".") in role_words or w.lower().strip(".") in HONORIFICS for w in ws[:k])
        if k and ((len(rest) >= 2 and _is_person_name(" ".join(rest))) or (
            len(rest) == 1 and titled and _person_named(str(s), rest[0])
        )):
            ws = rest
        base[s] = " ".join(ws)
        if _person_named(str(s), base[s]):
            person_bases.add(base[s])
    for s, n in df["speaker"].value_counts().items():
        counts[base[s]] += int(n)
    persons = {b for b in counts if b in person_bases or len(b.split()) >= 2 and _is_person_name(b)}
    # a capitalised word stuck before a full name ("Billionaire Donald Trump", "Rival Hillary Clinton", from
    # sentence openings) goes when the corpus writes the name without it far more often
    for b in [b for b in persons if len(b.split()) >= 3]:
        tail = b.split(" ", 1)[1]
        if tail in persons and counts[tail] >= PREFIX_RATIO * counts[b]:
            for s in base:
                if base[s] == b:
                    base[s] = tail
            counts[tail] += counts.pop(b)
            persons.discard(b)
    for variant, name in _middle_initial_variants(counts, persons).items():  # "Donald J. Trump" -> "Donald Trump"
        for s in base:
            if base[s] == variant:
                base[s] = name
        counts[name] += counts.pop(variant)
        persons.discard(variant)
    mapping: dict[str, str] = {}
    for s, b in base.items():
        bw = b.split()
        best, best_key = b, (-1, 0, "")
        if b in persons and len(bw) == 1:  # "Trump" -> "Donald Trump"; "Police" and full names stay as they are
            for cand in persons:
                cw = cand.split()
                key = (counts[cand], -len(cw), cand)  # the most frequent, then the shorter: never set order
                if len(cw) > len(bw) and cw[-len(bw):] == bw and key > best_key:
                    best, best_key = cand, key
        mapping[s] = best
    df["speaker"] = df["speaker"].map(lambda v: mapping.get(v, v) if isinstance(v, str) else v).astype("str")
    df.loc[quotes_df["speaker"].isna().to_numpy(), "speaker"] = float("nan")
    if registry is not None:
        reg = read_speakers(registry)
        rows = df.to_dict("records")
        _apply_registry(rows, reg)
        for c in ("speaker", "speaker_group", "speaker_role"):
            if c in df.columns or any(c in r for r in rows):
                df[c] = pd.Series([r.get(c) for r in rows], index=df.index, dtype="str")
    return df
